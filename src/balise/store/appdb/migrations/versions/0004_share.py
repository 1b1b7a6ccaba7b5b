"""Sharing across agencies: consortium keys, imported bundles and their pseudonymised
identifiers, overlaps, supervisor-approved disclosures, clusters ever flagged (for retention).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    tz = sa.DateTime(timezone=True)
    op.create_table(
        "consortium_keys",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("secret_hex", sa.String(256), nullable=False),
        sa.Column("created_at", tz, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "share_imports",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("agency_id", sa.String(40), nullable=False),
        sa.Column("from_agency", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(40), nullable=False),
        sa.Column("created_at", tz, nullable=False),
        sa.Column("imported_at", tz, nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.UniqueConstraint("bundle_id", "agency_id", name="uq_share_imports"),
    )
    op.create_index("ix_share_imports_agency_id", "share_imports", ["agency_id"])
    op.create_table(
        "share_remote_leads",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "import_id",
            sa.Integer(),
            sa.ForeignKey("share_imports.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("agency_id", sa.String(40), nullable=False),
        sa.Column("from_agency", sa.String(40), nullable=False),
        sa.Column("ref", sa.String(100), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_share_remote_leads_import_id", "share_remote_leads", ["import_id"])
    op.create_index("ix_share_remote_leads_agency_id", "share_remote_leads", ["agency_id"])
    op.create_table(
        "share_remote_identifiers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "import_id",
            sa.Integer(),
            sa.ForeignKey("share_imports.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("agency_id", sa.String(40), nullable=False),
        sa.Column("from_agency", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("pseudonym", sa.String(120), nullable=False),
    )
    op.create_index(
        "ix_share_remote_identifiers_import_id", "share_remote_identifiers", ["import_id"]
    )
    op.create_index(
        "ix_share_remote_identifiers_match", "share_remote_identifiers", ["agency_id", "pseudonym"]
    )
    op.create_table(
        "share_overlaps",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("agency_id", sa.String(40), nullable=False),
        sa.Column("cluster_id", sa.String(100), nullable=False),
        sa.Column("other_agency", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("found_at", tz, nullable=False),
        sa.UniqueConstraint("agency_id", "cluster_id", "other_agency", "kind", name="uq_overlaps"),
    )
    op.create_index("ix_share_overlaps_agency_id", "share_overlaps", ["agency_id"])
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("holder_agency", sa.String(40), nullable=False),
        sa.Column("requester_agency", sa.String(40), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("cluster_id", sa.String(100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("requested_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("decided_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("requested_at", tz, nullable=False),
        sa.Column("decided_at", tz, nullable=True),
    )
    op.create_index("ix_disclosures_holder_agency", "disclosures", ["holder_agency"])
    op.create_index("ix_disclosures_requester_agency", "disclosures", ["requester_agency"])
    op.create_table(
        "ever_flagged",
        sa.Column("cluster_id", sa.String(100), primary_key=True),
        sa.Column("first_flagged_at", tz, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "ever_flagged",
        "disclosures",
        "share_overlaps",
        "share_remote_identifiers",
        "share_remote_leads",
        "share_imports",
        "consortium_keys",
    ):
        op.drop_table(table)
