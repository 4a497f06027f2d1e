"""Entry point for workers: `celery -A employer_portal.celery_app worker --loglevel=INFO`.

The worker builds the same Flask app as the web process (same environment), so tasks run with the same
configuration and database.
"""

from employer_portal import create_app

flask_app = create_app()
celery = flask_app.extensions["celery"]
