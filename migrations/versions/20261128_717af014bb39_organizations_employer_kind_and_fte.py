"""organizations: employer kind and headcount (what the incentives engine needs about an employer)

Revision ID: 717af014bb39
Revises: c3f1ebfdef9d
Create Date: 2026-11-28 09:43:42.359633

Both columns are nullable: an existing employer stays "unknown" (the engine then answers "à vérifier") until an
admin or `flask demo load` fills them.
"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '717af014bb39'
down_revision = 'c3f1ebfdef9d'
branch_labels = None
depends_on = None

EMPLOYER_KINDS = ('private_market', 'non_profit', 'local_authority', 'public_federal_regional', 'self_employed')


def upgrade():
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('employer_kind', sa.Enum(*EMPLOYER_KINDS, name='employer_kind', native_enum=False, create_constraint=True), nullable=True))
        batch_op.add_column(sa.Column('employees_fte', sa.Numeric(precision=9, scale=2, asdecimal=False), nullable=True))
        batch_op.create_check_constraint('fte_not_negative', 'employees_fte IS NULL OR employees_fte >= 0')


def downgrade():
    # The CHECK constraints go first: SQLite's batch mode rebuilds the table and would otherwise carry over a
    # constraint on a column that no longer exists.
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_organizations_fte_not_negative'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_organizations_employer_kind'), type_='check')
        batch_op.drop_column('employees_fte')
        batch_op.drop_column('employer_kind')
