"""The Discover tab's recommendation on this project's 2-core, 24 GB machine: Qwen2.5 1.5B for
chat, why (speed here against quality), and Qwen3 0.6B to download from the same card."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.core.models.catalog import load_catalog
from desktop.core.models.library import Library
from tests.gui.library_support import PageFactory, page_maker, wait
from tests.hub_server import FakeHub
from tests.unit.test_advice import TWO_CORES_24GB


@pytest.fixture
def make_page(qtbot) -> Iterator[PageFactory]:
    with page_maker(qtbot, Library(), size=(1000, 760)) as make:
        yield make


def test_the_card_explains_the_pick_and_offers_qwen3(qtbot, make_page) -> None:
    with FakeHub() as hub:  # the Qwen3 file is not on it: the row fails, named after it
        page = make_page(load_catalog(), profile=TWO_CORES_24GB, hub=hub)
        box = page.catalog_view.recommended
        what = box.findChild(type(box.reasons["chat"]), "recommended_chat")
        assert what is not None
        assert what.text() == "Qwen2.5 1.5B Instruct · Q4_K_M · 1.0 GiB · no thinking"
        why = box.reasons["chat"].text()
        assert why.startswith("Qwen2.5 1.5B Instruct answers at about 6 tokens a second on this")
        assert "Qwen3 0.6B has the thinking switch" in why
        alternative = box.findChild(type(what), "recommendedQwen3_chat")
        assert alternative is not None
        assert alternative.text() == "Or: Qwen3 0.6B · Q8_0 · 610 MiB · thinking on/off"
        button = box.qwen3_buttons["chat"]
        assert button.accessibleName() == "Download Qwen3 0.6B instead"
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # keyboard reachable
        button.click()
        (row,) = page.downloads_view.rows()
        assert row.title.text() == "Qwen3 0.6B · Q8_0"
        wait(qtbot, lambda: row.item.state.value == "failed")
        page.shutdown()
