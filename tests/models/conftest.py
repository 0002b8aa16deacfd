"""Fixtures of the model tests: a fresh, real workspace (SQLite file and folders) in tmp_path
for every test, optionally with the sample campaign."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from wshelpers import OWN_CODE, OWN_NAME, CampaignSetup, setup_sample_campaign

from desktop.models import workspaces
from desktop.models.store import Workspace, open_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """An initialised workspace (role unit, own unit X) in a fresh folder."""
    workspace = open_workspace(tmp_path / "ws", create=True)
    workspaces.initialise(workspace, role="unit", unit_code=OWN_CODE, unit_name=OWN_NAME)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def sample(ws: Workspace) -> CampaignSetup:
    """The workspace with the sample criteria set and an active campaign the unit takes part in."""
    return setup_sample_campaign(ws)
