"""Test support shared by the model and UI tests."""

from __future__ import annotations

# The demo passes the check before submitting (so a newcomer can try the whole package path).
# Tests of the check itself need a demo with the classic mistakes: these criteria are scored
# without evidence (or below the maximum) and their explanations are taken away.
DEMO_UNEXPLAINED = ("1.1.2", "1.4", "2.1", "2.2", "3.3.1")


def build_demo_with_errors(data_dir):  # noqa: ANN001, ANN201
    from desktop.models import assessments, campaigns, workspaces
    from desktop.models.demo import DEMO_WORKSPACE, build_demo
    from desktop.models.paths import workspace_dir
    from desktop.models.store import open_workspace

    folder = build_demo(data_dir)
    with open_workspace(workspace_dir(data_dir, DEMO_WORKSPACE)) as ws:
        campaign = campaigns.active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        for code in DEMO_UNEXPLAINED:
            assessments.explain(ws, campaign.id, unit_id, code, "")
    return folder
