"""Login and logout (Flask-Login session, CSRF-protected form)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length, Regexp

from employer_portal.auth.throttle import current_throttle, login_keys
from employer_portal.services import users as user_ops

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):  # type: ignore[misc]
    email = EmailField(
        "Adresse e-mail",
        validators=[
            DataRequired("Indiquez votre e-mail."),
            Length(max=254),
            # A shape check only (the account lookup is the real test); avoids the email_validator dependency.
            Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Adresse e-mail invalide."),
        ],
    )
    password = PasswordField(
        "Mot de passe", validators=[DataRequired("Indiquez votre mot de passe."), Length(max=200)]
    )


def _safe_next(target: str | None) -> str:
    # Only same-site relative paths: never redirect a freshly logged-in user to another site. Browsers read a
    # backslash as "/", so "/\\evil.example" is "//evil.example" to them: refused too.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target or urlsplit(target).netloc:
        return url_for("dashboard.index")
    return target


@bp.route("/connexion", methods=["GET", "POST"])
def login() -> Any:
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.index"))
    form = LoginForm()
    if form.validate_on_submit():
        throttle = current_throttle()
        keys = login_keys(form.email.data or "", request.remote_addr)
        wait = throttle.retry_after(*keys)
        if wait is not None:
            flash(f"Trop d'essais de connexion infructueux : réessayez dans {wait} secondes.", "error")
            return render_template("login.html", form=form), 429, {"Retry-After": str(wait)}
        user = user_ops.authenticate(form.email.data or "", form.password.data or "")
        if user is not None:
            throttle.reset(keys[0])
            session.clear()  # no session fixation
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        throttle.record_failure(*keys)
        flash("E-mail ou mot de passe incorrect.", "error")
    status = 400 if form.errors else (401 if request.method == "POST" else 200)
    return render_template("login.html", form=form), status


@bp.post("/deconnexion")
@login_required
def logout() -> Any:
    logout_user()
    session.clear()
    flash("Vous êtes déconnecté·e.", "info")
    return redirect(url_for("auth.login"))
