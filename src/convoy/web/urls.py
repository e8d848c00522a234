"""Routes of the web pages (namespace ``web``); every mission page needs a logged-in user."""

from django.contrib.auth.decorators import login_required
from django.urls import path

from convoy.web import account_urls
from convoy.web.views import (
    agenda,
    counterparts,
    delegations,
    downloads,
    edits,
    imports,
    invitations,
    missions,
    outcomes,
    replan,
    requests,
    suggestions,
    timelines,
)

app_name = "web"

M = "m/<slug:slug>/"
A = M + "agenda/"

mission_pages = [
    path(M, missions.dashboard, name="dashboard"),
    path(M + "invitations/", invitations.invitations, name="invitations"),
    path(M + "delegations/", delegations.delegations, name="delegations"),
    path(M + "delegations/<int:pk>/", delegations.delegation, name="delegation"),
    path(
        M + "delegations/<int:pk>/interests/<int:interest>/remove/", delegations.remove_interest, name="remove_interest"
    ),
    path(M + "sectors/", delegations.sector_search, name="sector_search"),
    path(M + "counterparts/", counterparts.counterparts, name="counterparts"),
    path(M + "counterparts/<int:pk>/", counterparts.counterpart, name="counterpart"),
    path(M + "requests/", requests.requests, name="requests"),
    path(M + "requests/<int:pk>/outcomes/", outcomes.meeting_outcomes, name="meeting_outcomes"),
    path(M + "requests/<int:pk>/<str:action>/", requests.act_on_request, name="request_action"),
    path(M + "suggestions/", suggestions.suggestions, name="suggestions"),
    path(M + "suggestions/run/", suggestions.run_matchmaking, name="run_matchmaking"),
    path(M + "suggestions/decide/", suggestions.decide, name="decide_suggestions"),
    path(A, agenda.agenda, name="agenda"),
    path(A + "generate/", agenda.generate, name="generate"),
    path(A + "runs/<int:pk>/", agenda.run_page, name="run"),
    path(A + "runs/<int:pk>/progress/", agenda.run_progress, name="run_progress"),
    path(A + "programme/", timelines.programme, name="programme"),
    path(A + "download/<str:kind>/", downloads.download, name="download"),
    path(A + "delegation/<int:pk>/", timelines.by_delegation, name="agenda_delegation"),
    path(A + "counterpart/<int:pk>/", timelines.by_counterpart, name="agenda_counterpart"),
    path(A + "venue/<int:pk>/", timelines.by_venue, name="agenda_venue"),
    path(A + "day/<slug:leg>/<str:date>/", timelines.by_day, name="agenda_day"),
    path(A + "v<int:number>/", agenda.version_page, name="version"),
    path(A + "v<int:number>/publish/", agenda.publish, name="publish"),
    path(A + "v<int:number>/replan/", replan.replan, name="replan"),
    path(A + "v<int:number>/confirm/", replan.confirm, name="confirm"),
    path(A + "v<int:number>/edit/", edits.edit_list, name="edit_list"),
    path(A + "v<int:number>/edit/<int:pk>/", edits.edit, name="edit"),
]

urlpatterns = [
    path("", missions.home, name="home"),
    path("missions/new/", missions.new_mission, name="new_mission"),
    path("missions/import/", imports.import_page, name="import"),
    path("missions/template.xlsx", imports.template_download, name="template"),
    *account_urls.urlpatterns,
    *(path(str(p.pattern), login_required(p.callback), name=p.name) for p in mission_pages),
]
