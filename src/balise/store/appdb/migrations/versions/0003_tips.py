"""Anonymous tips from the public and their links to published clusters (issue 9).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tips",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("place_text", sa.String(length=200), nullable=False),
        sa.Column("seen_at_text", sa.String(length=100), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("contact_handle", sa.String(length=100), nullable=False),
        sa.Column("contact_url", sa.String(length=500), nullable=False),
        sa.Column("reach", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("place", sa.String(length=40), nullable=True),
        sa.Column("agency_id", sa.String(length=40), nullable=True),
        sa.Column("identifiers_json", sa.Text(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("urgent_reason", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    with op.batch_alter_table("tips", schema=None) as batch_op:
        batch_op.create_index("ix_tips_rank", ["urgent", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tips_agency_id"), ["agency_id"], unique=False)
    op.create_table(
        "tip_links",
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"]),
        sa.PrimaryKeyConstraint("tip_id", "cluster_id", "kind", "value"),
    )
    with op.batch_alter_table("tip_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tip_links_cluster_id"), ["cluster_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tip_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tip_links_cluster_id"))
    op.drop_table("tip_links")
    with op.batch_alter_table("tips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tips_agency_id"))
        batch_op.drop_index("ix_tips_rank")
    op.drop_table("tips")
