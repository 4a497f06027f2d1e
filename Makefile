# Poste Juste — the two commands of the README (`make run`, `make test`) and their helpers.
# Needs only Python 3.11 and the package registries; PostgreSQL/Redis are optional locally, required in CI.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.poste-juste-installed
HOST   ?= 127.0.0.1
PORT   ?= 5000

export FLASK_APP := employer_portal

.PHONY: install run test worker lint migrate clean-db help

help:
	@echo "make run     installe, migre, charge la démo et sert le portail sur http://$(HOST):$(PORT)"
	@echo "make test    installe puis lance toute la suite (PostgreSQL/Redis démarrés si possible)"
	@echo "make worker  worker Celery (nécessite REDIS_URL)"
	@echo "make lint    ruff sur tout le dépôt + mypy sur audits/ et matching/"
	@echo "make migrate applique les migrations Alembic à DATABASE_URL (SQLite embarqué par défaut)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when pyproject.toml changes (the stamp is newer otherwise).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/flask db upgrade

run: install
	POSTE_JUSTE_ENV=$${POSTE_JUSTE_ENV:-development} $(BIN)/flask db upgrade
	POSTE_JUSTE_ENV=$${POSTE_JUSTE_ENV:-development} $(BIN)/flask demo load
	POSTE_JUSTE_ENV=$${POSTE_JUSTE_ENV:-development} $(BIN)/flask run -h $(HOST) -p $(PORT)

test: install
	.ci/ensure-services
	$(BIN)/python -m pytest -q

worker: install
	@test -n "$$REDIS_URL" || { echo "make worker : définissez REDIS_URL (sans Redis, les tâches tournent dans le processus web)."; exit 2; }
	$(BIN)/celery -A employer_portal.celery_app worker --loglevel=INFO

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy audits matching

clean-db:
	rm -f instance/poste_juste.sqlite3

# --- Library commands (the lead adds them here): make reference, make bench, make eval ----------------------
