"""The message composer: input, model and preset pickers, thinking switch, attachments."""
