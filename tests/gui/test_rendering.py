"""Drawing the transcript without a GPU: the software scene graph where it is cheaper, the
user's own choice kept, and streaming redraws spaced by the machine's cores."""

from __future__ import annotations

import pytest

from desktop.gui import rendering


def test_no_gpu_render_node_picks_the_software_scene_graph(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(rendering.sys, "platform", "linux")
    monkeypatch.setattr(rendering, "has_gpu_render_node", lambda: False)
    env: dict[str, str] = {}
    assert rendering.choose_scene_graph(env) == "software"
    assert env["QT_QUICK_BACKEND"] == "software"


def test_a_gpu_the_users_choice_and_other_systems_are_left_alone(monkeypatch):
    monkeypatch.setattr(rendering.sys, "platform", "linux")
    monkeypatch.setattr(rendering, "has_gpu_render_node", lambda: True)
    env: dict[str, str] = {}
    assert rendering.choose_scene_graph(env) == "default"
    assert "QT_QUICK_BACKEND" not in env
    assert rendering.choose_scene_graph({"QT_QUICK_BACKEND": "opengl"}) == "opengl"
    monkeypatch.setattr(rendering, "has_gpu_render_node", lambda: False)
    forced: dict[str, str] = {rendering.FORCE_GPU_ENV: "1"}
    assert rendering.choose_scene_graph(forced) == "default"
    assert "QT_QUICK_BACKEND" not in forced
    monkeypatch.setattr(rendering.sys, "platform", "darwin")
    assert rendering.choose_scene_graph({}) == "default"


def test_software_gl_counts_as_no_gpu(monkeypatch):
    monkeypatch.setattr(rendering.sys, "platform", "linux")
    monkeypatch.setattr(rendering, "has_gpu_render_node", lambda: True)
    env = {"LIBGL_ALWAYS_SOFTWARE": "1"}
    assert rendering.choose_scene_graph(env) == "software"


def test_fewer_cores_redraw_a_streaming_reply_less_often():
    assert rendering.stream_interval_ms(2) > rendering.stream_interval_ms(4)
    assert rendering.stream_interval_ms(4) > rendering.stream_interval_ms(16)
    assert rendering.stream_interval_ms(16) == 50


def test_only_a_gpu_draws_the_page(monkeypatch):
    monkeypatch.setattr(rendering.sys, "platform", "linux")
    monkeypatch.setattr(rendering, "has_gpu_render_node", lambda: False)
    assert not rendering.gpu_draws_the_page({})
    monkeypatch.setattr(rendering, "has_gpu_render_node", lambda: True)
    assert rendering.gpu_draws_the_page({})
    assert not rendering.gpu_draws_the_page({"LIBGL_ALWAYS_SOFTWARE": "1"})
    monkeypatch.setattr(rendering.sys, "platform", "win32")
    assert rendering.gpu_draws_the_page({})
