"""Fixtures of the CLI tests: a data directory set up once by the real `cchc init
--with-sample-campaign`, copied fresh into each test's tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from clihelpers import cchc, copy_data_dir, ok

UNIT_CODE = "STP-TEST"


@pytest.fixture(scope="session")
def initialised_template(tmp_path_factory) -> Path:
    """A data directory after `cchc init --role unit ... --with-sample-campaign` (built once)."""
    data = tmp_path_factory.mktemp("template") / "data"
    ok(cchc(data, "init", "--role", "unit", "--unit-code", UNIT_CODE,
            "--unit-name", "Sở Tư pháp (thử nghiệm)", "--province", "An Giang",
            "--with-sample-campaign"))
    return data


@pytest.fixture
def data_dir(initialised_template, tmp_path) -> Path:
    """A fresh copy of the initialised data directory for this test."""
    return copy_data_dir(initialised_template, tmp_path / "data")
