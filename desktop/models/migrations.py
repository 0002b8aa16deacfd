"""Schema migrations of the workspace database, applied in order with `sqlite_utils.Migrations`
(each in one transaction with its record). `PRAGMA user_version` mirrors the number applied,
so a file from a newer program is recognised before anything touches it.

Conventions of the schema:
- records that travel between installations have a UUID `id`, `change_count` (bumped by
  every update) and `created_at`/`updated_at`;
- exact decimals (points, percentages) are TEXT holding a canonical decimal string, never REAL;
- dates are ISO `YYYY-MM-DD` TEXT, timestamps ISO 8601 UTC.

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("cchc")
_ORDER: list[str] = []

TRAVELLING = """
    change_count INTEGER NOT NULL DEFAULT 0 CHECK (change_count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


def migration(fn: Callable[[sqlite_utils.Database], None]) -> Callable:
    version = len(_ORDER) + 1

    def run(db: sqlite_utils.Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {version}")

    run.__name__ = fn.__name__
    _ORDER.append(fn.__name__)
    MIGRATIONS(name=fn.__name__)(run)
    return fn


def _run(db: sqlite_utils.Database, statements: str) -> None:
    # One statement at a time: sqlite3's executescript() would COMMIT the migration's
    # transaction before running.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    from desktop.models.store import APPLICATION_ID

    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(
        db,
        f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE units (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit_type TEXT NOT NULL,
    parent_id TEXT REFERENCES units(id),
    province TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to TEXT,
    is_demo INTEGER NOT NULL DEFAULT 0,
    {TRAVELLING},
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE TABLE unit_successions (
    id TEXT PRIMARY KEY,
    predecessor_id TEXT NOT NULL REFERENCES units(id),
    successor_id TEXT NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'transfer')),
    effective_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    {TRAVELLING},
    UNIQUE (predecessor_id, successor_id, kind),
    CHECK (predecessor_id <> successor_id)
);
CREATE TABLE criteria_sets (
    id TEXT PRIMARY KEY,
    province TEXT NOT NULL,
    year INTEGER NOT NULL,
    unit_group TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL,
    total_points TEXT NOT NULL,
    rounding_step TEXT NOT NULL DEFAULT '0.25',
    final_convention TEXT NOT NULL DEFAULT 'cap_then_penalty',
    content_hash TEXT NOT NULL,
    is_sample INTEGER NOT NULL DEFAULT 0,
    {TRAVELLING},
    UNIQUE (province, year, unit_group, version)
);
CREATE TABLE criteria (
    id TEXT PRIMARY KEY,
    criteria_set_id TEXT NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES criteria(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'criterion', 'sub', 'bonus', 'penalty')),
    max_points TEXT NOT NULL,
    rule TEXT NOT NULL,
    guide TEXT NOT NULL DEFAULT '',
    evidence_hint TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    appraiser TEXT NOT NULL DEFAULT '',
    self_scored INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    {TRAVELLING},
    UNIQUE (criteria_set_id, code)
);
CREATE INDEX criteria_parent ON criteria(parent_id);
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    province TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('draft', 'open', 'appraisal', 'published', 'archived')),
    is_demo INTEGER NOT NULL DEFAULT 0,
    is_sample INTEGER NOT NULL DEFAULT 0,
    {TRAVELLING}
);
CREATE TABLE unit_groups (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    criteria_set_id TEXT NOT NULL REFERENCES criteria_sets(id),
    {TRAVELLING},
    UNIQUE (campaign_id, code)
);
CREATE TABLE campaign_units (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    group_id TEXT NOT NULL REFERENCES unit_groups(id),
    {TRAVELLING},
    UNIQUE (campaign_id, unit_id)
);
CREATE TABLE deadlines (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('self_scoring', 'round1_appraisal', 'explanation',
        'round2_appraisal', 'publication', 'proposals', 'quarterly_meeting', 'other')),
    due_date TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    {TRAVELLING}
);
CREATE TABLE rating_bands (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    group_id TEXT REFERENCES unit_groups(id),
    label TEXT NOT NULL,
    min_percent TEXT NOT NULL,
    position INTEGER NOT NULL,
    {TRAVELLING}
);
CREATE TABLE self_assessments (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'closed', 'submitted')),
    submitted_at TEXT,
    {TRAVELLING},
    UNIQUE (campaign_id, unit_id)
);
CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    criterion_id TEXT NOT NULL REFERENCES criteria(id),
    input_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (input_kind IN ('none', 'option', 'rate', 'count', 'points')),
    input_value TEXT NOT NULL DEFAULT '',
    score TEXT,
    explanation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'scored', 'needs_explanation', 'not_applicable')),
    updated_by TEXT NOT NULL DEFAULT '',
    {TRAVELLING},
    UNIQUE (campaign_id, unit_id, criterion_id)
);
CREATE TABLE files (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    created_at TEXT NOT NULL
);
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE REFERENCES files(sha256),
    unit_id TEXT REFERENCES units(id),
    original_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    doc_date TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    pages TEXT NOT NULL DEFAULT '',
    {TRAVELLING}
);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    campaign_id TEXT REFERENCES campaigns(id),
    parent_id TEXT REFERENCES tasks(id),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    source TEXT NOT NULL DEFAULT 'own' CHECK (source IN ('province_plan', 'own')),
    source_ref TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    completed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    {TRAVELLING}
);
CREATE TABLE evidence_assessments (
    evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (evidence_id, assessment_id)
);
CREATE TABLE evidence_tasks (
    evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (evidence_id, task_id)
);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    old_json TEXT NOT NULL,
    new_json TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX assessments_unit ON assessments(campaign_id, unit_id);
CREATE INDEX tasks_unit ON tasks(unit_id, status);
CREATE INDEX evidence_tasks_task ON evidence_tasks(task_id);
CREATE INDEX evidence_assessments_assessment ON evidence_assessments(assessment_id)
""",
    )


@migration
def m002_appraisal_and_suggestions(db: sqlite_utils.Database) -> None:
    """Appraised values beside the self-assessed ones, and criteria that can be suggested
    from the unit's own task data."""
    _run(
        db,
        """
ALTER TABLE criteria ADD COLUMN suggest TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN appraised_input TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN appraised_score TEXT;
ALTER TABLE assessments ADD COLUMN appraisal_remark TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN appraised_by TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN appraised_at TEXT
""",
    )


@migration
def m003_keys_and_packages(db: sqlite_utils.Database) -> None:
    """Signing keys this installation knows (its own, the pinned province root, enrolled unit
    keys), sequence counters per sender, and every package exported or received."""
    _run(
        db,
        f"""
CREATE TABLE keys (
    id TEXT PRIMARY KEY,
    key_id TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('own', 'root', 'unit')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
    unit_id TEXT REFERENCES units(id),
    unit_code TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    approved_at TEXT,
    revoked_at TEXT,
    {TRAVELLING}
);
CREATE INDEX keys_unit ON keys(unit_code, status);
CREATE TABLE package_sequences (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    unit_code TEXT NOT NULL,
    campaign_id TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    last_sequence INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
    last_hash TEXT,
    {TRAVELLING},
    UNIQUE (direction, unit_code, campaign_id, type)
);
CREATE TABLE packages (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    package_hash TEXT NOT NULL CHECK (length(package_hash) = 64),
    package_id TEXT NOT NULL,
    type TEXT NOT NULL,
    sender_unit_code TEXT NOT NULL,
    sender_key_id TEXT NOT NULL,
    campaign_id TEXT,
    sequence INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('exported', 'accepted', 'quarantined', 'conflict')),
    reason TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '',
    manifest_json TEXT NOT NULL,
    stored_name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL CHECK (size >= 0),
    {TRAVELLING},
    UNIQUE (direction, package_hash)
);
CREATE INDEX packages_sender ON packages(sender_unit_code, campaign_id, type, sequence)
""",
    )


@migration
def m004_coordination(db: sqlite_utils.Database) -> None:
    """The coordination cycle at Sở Nội vụ: who appraises which area, appraisal rounds and
    their history, explanation requests and answers, each unit's stage, approval, totals and
    rank, the province's plan (expected output, area) and proposals for next year's plan."""
    _run(
        db,
        f"""
ALTER TABLE assessments ADD COLUMN appraisal_round INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessments ADD COLUMN appraisal_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN explanation_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessments ADD COLUMN explanation_response TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN explanation_responded_at TEXT;
ALTER TABLE assessments ADD COLUMN appraised_self_score TEXT;
ALTER TABLE assessments ADD COLUMN changed_after_appraisal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN expected_output TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN area_code TEXT NOT NULL DEFAULT '';
ALTER TABLE packages ADD COLUMN recipient_unit_code TEXT NOT NULL DEFAULT '';
CREATE TABLE area_appraisers (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES unit_groups(id) ON DELETE CASCADE,
    area_code TEXT NOT NULL,
    appraiser_code TEXT NOT NULL,
    appraiser_name TEXT NOT NULL DEFAULT '',
    {TRAVELLING},
    UNIQUE (campaign_id, group_id, area_code)
);
CREATE TABLE appraisals (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    criterion_id TEXT NOT NULL REFERENCES criteria(id),
    round INTEGER NOT NULL CHECK (round IN (1, 2)),
    appraiser_code TEXT NOT NULL,
    appraised_input TEXT NOT NULL DEFAULT '',
    appraised_score TEXT NOT NULL,
    remark TEXT NOT NULL DEFAULT '',
    reason_code TEXT NOT NULL DEFAULT '',
    request_explanation INTEGER NOT NULL DEFAULT 0,
    self_score_seen TEXT,
    package_hash TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    {TRAVELLING},
    UNIQUE (campaign_id, unit_id, criterion_id, round)
);
CREATE INDEX appraisals_unit ON appraisals(campaign_id, unit_id);
CREATE TABLE unit_results (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    stage TEXT NOT NULL DEFAULT 'not_received' CHECK (stage IN ('not_received', 'received',
        'in_appraisal', 'explanation_requested', 'explained', 'appraised', 'approved')),
    round INTEGER NOT NULL DEFAULT 0,
    approved_at TEXT,
    approved_by TEXT NOT NULL DEFAULT '',
    self_total TEXT,
    survey_total TEXT,
    final_total TEXT,
    index_percent TEXT,
    band TEXT,
    block TEXT NOT NULL DEFAULT '',
    rank INTEGER,
    rank_of INTEGER,
    method TEXT NOT NULL DEFAULT '',
    computed_at TEXT,
    {TRAVELLING},
    UNIQUE (campaign_id, unit_id)
);
CREATE TABLE plan_proposals (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    expected_output TEXT NOT NULL DEFAULT '',
    area_code TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    note TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'adopted', 'declined')),
    adopted_task_id TEXT REFERENCES tasks(id),
    {TRAVELLING}
);
CREATE INDEX plan_proposals_campaign ON plan_proposals(campaign_id, state)
""",
    )


LATEST_VERSION = len(_ORDER)


def names() -> list[str]:
    return list(_ORDER)


def apply(db: sqlite_utils.Database, *, stop_before: str | None = None) -> None:
    MIGRATIONS.apply(db, stop_before=stop_before)
