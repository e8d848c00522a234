"""Django settings for Convoy.

Storage: SQLite in the user's data directory by default (``CONVOY_DB`` overrides the
path); PostgreSQL (or any database Django supports) through ``DATABASE_URL``.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

import dj_database_url
import platformdirs

BASE_DIR = Path(__file__).resolve().parent


def default_sqlite_path() -> Path:
    """Where the embedded database lives unless ``CONVOY_DB`` says otherwise."""
    override = os.environ.get("CONVOY_DB")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("convoy", appauthor=False) / "convoy.sqlite3"


def database_config() -> dict[str, object]:
    url = os.environ.get("DATABASE_URL")
    if url:
        return dict(dj_database_url.parse(url, conn_max_age=60))
    path = default_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}


def installation_secret_key() -> str:
    """``CONVOY_SECRET_KEY``, or a random key made once per installation and kept (mode 600)
    beside the embedded database, so no two installations share a signing key."""
    from_env = os.environ.get("CONVOY_SECRET_KEY")
    if from_env:
        return from_env
    path = platformdirs.user_data_path("convoy", appauthor=False) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            pass
        else:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_urlsafe(50))
    for _attempt in range(50):  # the other process may still be writing it
        key = path.read_text().strip()
        if key:
            return key
        time.sleep(0.02)
    raise RuntimeError(f"{path} is empty: delete it and start again, or set CONVOY_SECRET_KEY")


SECRET_KEY = installation_secret_key()
DEBUG = os.environ.get("CONVOY_DEBUG", "") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("CONVOY_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "convoy.missions",
    "django_tasks",
    "django_tasks_db",
    "convoy.agenda",
    "convoy.outcomes",
    "django_htmx",
    "ninja",
    "convoy.web",
]

# Background solves (convoy.agenda): django-tasks with its database queue; a worker is
# `convoy plan` itself (it runs the run it enqueued) or `django-admin db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "convoy.web.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "convoy.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "convoy.wsgi.application"

DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "es"
LANGUAGES = [("es", "Español"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "America/Mexico_City"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = platformdirs.user_cache_path("convoy", appauthor=False) / "static"

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Web (convoy.web): accounts, e-mail, cookies and security headers.
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"
EMAIL_BACKEND = os.environ.get("CONVOY_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("CONVOY_FROM_EMAIL", "convoy@localhost")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONVOY_INVITATION_DAYS = 14
CONVOY_REQUEST_ANSWER_DAYS = 7
CONVOY_LOGIN_LIMIT = {"per_account": 5, "per_address": 20, "window_seconds": 15 * 60}
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SECURE_HSTS_SECONDS = 0 if DEBUG else 60 * 60 * 24 * 365
