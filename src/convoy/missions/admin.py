"""Django admin for organizers: search, filters and inlines for every mission record."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from convoy.missions import models as m
from convoy.missions.models.choices import RequestStatus


class AxisInline(admin.TabularInline):
    model = m.Axis
    extra = 0


class ObjectiveInline(admin.TabularInline):
    model = m.Objective
    extra = 0
    fields = ["code", "metric", "description", "target", "currency", "horizon", "synthetic"]


class LegInline(admin.TabularInline):
    model = m.Leg
    extra = 0
    fields = ["order", "code", "city", "country", "time_zone", "start_date", "end_date"]
    show_change_link = True


@admin.register(m.Mission)
class MissionAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "organizer", "status", "start_date", "end_date", "synthetic"]
    list_filter = ["status", "synthetic"]
    search_fields = ["title", "slug", "organizer__name"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organizer"]
    inlines = [AxisInline, ObjectiveInline, LegInline]


class BreakInline(admin.TabularInline):
    model = m.Break
    extra = 0


class VenueInline(admin.TabularInline):
    model = m.Venue
    extra = 0
    fields = ["code", "name", "address", "latitude", "longitude", "rooms"]
    show_change_link = True


@admin.register(m.Leg)
class LegAdmin(admin.ModelAdmin):
    list_display = ["city", "mission", "country", "time_zone", "start_date", "end_date", "slot_minutes"]
    list_filter = ["mission", "country"]
    search_fields = ["city", "code", "mission__title"]
    inlines = [BreakInline, VenueInline]


class TravelFromInline(admin.TabularInline):
    model = m.TravelTime
    fk_name = "origin"
    extra = 0
    verbose_name = _("travel time from this venue")


@admin.register(m.Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["name", "leg", "address", "rooms"]
    list_filter = ["leg__mission", "leg"]
    search_fields = ["name", "address", "code"]
    inlines = [TravelFromInline]


class PersonInline(admin.TabularInline):
    model = m.Person
    extra = 0
    fields = ["name", "role", "position", "email", "phone"]


@admin.register(m.Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "kind", "country", "subdivision", "inegi_key", "small", "synthetic"]
    list_filter = ["kind", "country", "small", "synthetic"]
    search_fields = ["name", "key", "inegi_key"]
    autocomplete_fields = ["parent"]
    inlines = [PersonInline]


@admin.register(m.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "organization", "role", "position", "email", "phone"]
    list_filter = ["role"]
    search_fields = ["name", "organization__name", "email"]
    autocomplete_fields = ["organization"]


class DelegationInterestInline(admin.TabularInline):
    model = m.Interest
    fk_name = "delegation"
    exclude = ["counterpart"]
    extra = 0


class CounterpartInterestInline(admin.TabularInline):
    model = m.Interest
    fk_name = "counterpart"
    exclude = ["delegation"]
    extra = 0


class AvailabilityInline(admin.TabularInline):
    model = m.AvailabilityWindow
    extra = 0


@admin.register(m.Delegation)
class DelegationAdmin(admin.ModelAdmin):
    list_display = ["organization", "mission", "parallel_tracks", "priority", "synthetic"]
    list_filter = ["mission", "priority", "organization__kind", "organization__subdivision", "legs"]
    search_fields = ["organization__name", "organization__inegi_key"]
    autocomplete_fields = ["organization", "members"]
    filter_horizontal = ["legs"]
    inlines = [DelegationInterestInline]


@admin.register(m.Counterpart)
class CounterpartAdmin(admin.ModelAdmin):
    list_display = ["organization", "mission", "leg", "capacity", "confirmation", "marquee"]
    list_filter = ["mission", "leg", "confirmation", "marquee", "organization__kind"]
    search_fields = ["organization__name"]
    autocomplete_fields = ["organization", "contact"]
    inlines = [AvailabilityInline, CounterpartInterestInline]


@admin.register(m.Interest)
class InterestAdmin(admin.ModelAdmin):
    list_display = ["__str__", "delegation", "counterpart", "direction", "kind", "axis", "language"]
    list_filter = ["direction", "kind", "language", "axis"]
    search_fields = ["text", "delegation__organization__name", "counterpart__organization__name"]


@admin.register(m.Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "mission", "leg", "kind", "fixed", "date", "start", "duration_minutes", "public"]
    list_filter = ["mission", "leg", "kind", "fixed", "public"]
    search_fields = ["title", "code", "description"]
    autocomplete_fields = ["host", "delegations"]


@admin.register(m.MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["delegation", "counterpart", "mission", "priority", "status", "source"]
    list_filter = ["mission", "status", "priority", "source"]
    search_fields = ["delegation__organization__name", "counterpart__organization__name", "reason"]
    autocomplete_fields = ["delegation", "counterpart"]
    list_editable = ["status"]
    actions = ["accept", "decline"]

    @admin.action(description=_("Accept the selected requests"))
    def accept(self, request, queryset):  # type: ignore[no-untyped-def]
        updated = queryset.update(status=RequestStatus.ACCEPTED)
        self.message_user(
            request,
            ngettext("%(count)d request accepted.", "%(count)d requests accepted.", updated) % {"count": updated},
        )

    @admin.action(description=_("Decline the selected requests"))
    def decline(self, request, queryset):  # type: ignore[no-untyped-def]
        updated = queryset.update(status=RequestStatus.DECLINED)
        self.message_user(
            request,
            ngettext("%(count)d request declined.", "%(count)d requests declined.", updated) % {"count": updated},
        )


@admin.register(m.Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    """The matchmaker's suggestions (``convoy match``): the organizer accepts or rejects them."""

    list_display = ["delegation", "counterpart", "score", "kind", "status", "explanation", "decided_by", "mission"]
    list_filter = ["status", "kind", "mission", "delegation", "counterpart"]
    search_fields = [
        "delegation__organization__name",
        "counterpart__organization__name",
        "explanation_es",
        "explanation_en",
    ]
    list_select_related = ["mission", "delegation__organization", "counterpart__organization", "counterpart__leg"]
    readonly_fields = [
        *("mission", "delegation", "counterpart", "kind", "activity", "score", "parts", "explanation"),
        *("status", "decided_at", "decided_by", "run", "created_at", "updated_at"),
    ]
    exclude = ["explanation_es", "explanation_en"]
    actions = ["accept", "reject"]

    @admin.display(description=_("explanation"))
    def explanation(self, obj: m.Suggestion) -> str:
        from django.utils.translation import get_language

        return obj.explanation(get_language() or "es")

    @admin.action(description=_("Accept the selected suggestions"))
    def accept(self, request, queryset):  # type: ignore[no-untyped-def]
        from convoy.missions.services.match_decide import accept_suggestions

        chosen = queryset.select_related("mission", "activity")
        count = accept_suggestions(suggestions=chosen, by=request.user.get_username())
        self.message_user(
            request,
            ngettext("%(count)d suggestion accepted.", "%(count)d suggestions accepted.", count) % {"count": count},
        )

    @admin.action(description=_("Reject the selected suggestions"))
    def reject(self, request, queryset):  # type: ignore[no-untyped-def]
        from convoy.missions.services.match_decide import reject_suggestions

        chosen = queryset.select_related("mission", "activity")
        count = reject_suggestions(suggestions=chosen, by=request.user.get_username())
        self.message_user(
            request,
            ngettext("%(count)d suggestion rejected.", "%(count)d suggestions rejected.", count) % {"count": count},
        )
