"""The web face of Convoy: pages (Django templates with htmx) and the REST API (django-ninja).

Views only translate HTTP into service calls; who may see or change what is decided in
:mod:`convoy.web.permissions`, used by pages and API alike.
"""
