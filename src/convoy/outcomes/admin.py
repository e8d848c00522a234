"""Django admin for organizers: outcomes with their stages, figures, claims and follow-ups inline."""

from django.contrib import admin

from convoy.outcomes import models as m


class TransitionInline(admin.TabularInline):
    model = m.StageTransition
    extra = 0


class FigureInline(admin.TabularInline):
    model = m.Figure
    extra = 0
    show_change_link = True


class ClaimInline(admin.TabularInline):
    model = m.Claim
    extra = 0
    autocomplete_fields = ["organization"]


class FollowUpInline(admin.TabularInline):
    model = m.FollowUp
    extra = 0
    fields = ["task", "owner", "person", "due", "done", "synthetic"]
    autocomplete_fields = ["owner"]


@admin.register(m.Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["title", "mission", "kind", "stage", "project", "forecast", "synthetic"]
    list_filter = ["kind", "stage", "forecast", "synthetic", "mission"]
    search_fields = ["title", "key", "project__name", "mission__slug"]
    autocomplete_fields = ["members"]
    raw_id_fields = ["request", "activity"]
    inlines = [TransitionInline, FigureInline, ClaimInline, FollowUpInline]


@admin.register(m.Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "investor", "location", "synthetic"]
    search_fields = ["name", "key", "investor__name", "location__name"]
    autocomplete_fields = ["investor", "location"]


class ConversionInline(admin.TabularInline):
    model = m.Conversion
    extra = 0
    readonly_fields = [
        "currency",
        "amount",
        "rate",
        "rate_date",
        "requested_date",
        "policy",
        "source",
        "note_es",
        "note_en",
    ]


@admin.register(m.Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["outcome", "measure", "status", "jobs_kind", "value", "currency", "date", "estimated"]
    list_filter = ["measure", "status", "currency"]
    inlines = [ConversionInline]


@admin.register(m.FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    list_display = ["task", "owner", "due", "done", "outcome"]
    list_filter = ["done"]
    search_fields = ["task", "owner__name", "outcome__title"]
    date_hierarchy = "due"
