"""The composer's style sheet: a rounded card around the message box, a pill-shaped thinking
toggle and an accent Send button. Colours come from the palette (re-resolved on every theme
switch by ``widgets.theme.restyle``); disabled text uses the placeholder colour, which stays
readable in both themes, never ``mid``, which is a border colour."""

STYLE = """
QFrame#composerCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 12px;
}
QFrame#composerCard[focused="true"] {
    border: 1px solid palette(highlight);
}
/* No `color` here: Qt would draw the placeholder in it at half opacity (too faint). */
QPlainTextEdit#messageInput {
    background: transparent;
    border: none;
    padding: 0px;
}
QToolButton#thinkingToggle {
    border: 1px solid palette(mid);
    border-radius: 11px;
    padding: 2px 10px;
    background: palette(base);
    color: palette(text);
}
QToolButton#thinkingToggle:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QToolButton#thinkingToggle:disabled {
    border-style: dashed;
    color: palette(placeholder-text);
}
QToolButton#thinkingToggle:checked:disabled {
    background: palette(alternate-base);
    color: palette(text);
    border-color: palette(mid);
}
QToolButton#thinkingToggle:focus {
    border: 2px solid palette(highlight);
}
QPushButton#sendButton {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 8px;
    padding: 4px 14px;
    font-weight: 600;
    min-height: 20px;
}
QPushButton#sendButton:disabled {
    background: palette(button);
    color: palette(placeholder-text);
    border-color: palette(mid);
}
QPushButton#sendButton:focus {
    border: 2px solid palette(text);
}
QPushButton#sendButton[generating="true"] {
    background: palette(button);
    color: palette(button-text);
    border: 1px solid palette(mid);
}
"""
