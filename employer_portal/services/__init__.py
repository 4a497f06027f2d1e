"""Operations layer (Indico-style): one module per domain, between views/CLI/tasks and the models.

A service function takes the acting `User` first, enforces organization scoping (another organization's ids
raise `NotFound`, exactly like missing ones), performs one unit of work and commits it. Views never touch
`db.session` for writes. Every module here is imported at Celery init, so `@shared_task`s defined in a service
module register on workers without further wiring.
"""
