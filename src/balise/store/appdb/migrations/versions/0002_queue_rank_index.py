"""Rank columns on lead_agencies so the triage queue is read straight from an index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lead_agencies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("flag", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("score", sa.Float(), nullable=False, server_default="0"))
        batch_op.drop_index("ix_lead_agencies_agency")
        batch_op.create_index(
            "ix_lead_agencies_rank", ["agency_id", "flag", "score", "cluster_id"], unique=False
        )
    op.execute(
        "UPDATE lead_agencies SET "
        "flag = (SELECT leads.flag FROM leads WHERE leads.cluster_id = lead_agencies.cluster_id), "
        "score = (SELECT leads.score FROM leads WHERE leads.cluster_id = lead_agencies.cluster_id) "
        "WHERE EXISTS (SELECT 1 FROM leads WHERE leads.cluster_id = lead_agencies.cluster_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("lead_agencies", schema=None) as batch_op:
        batch_op.drop_index("ix_lead_agencies_rank")
        batch_op.create_index("ix_lead_agencies_agency", ["agency_id", "cluster_id"], unique=False)
        batch_op.drop_column("score")
        batch_op.drop_column("flag")
