# shellcheck shell=bash
# ---------------------------------------------------------------------------------------------------------
# THE ONE PLACE that knows the app's pages and forms. run.sh sources this file.
# Everything else in the benchmark is independent of those pages. A URL answering 404 makes its scenario
# "SKIPPED (page not found)".
# ---------------------------------------------------------------------------------------------------------

# The guide page measured anonymous and signed in; nginx serves the very bytes of its anonymous rendering.
GUIDE_URL=/guides/stretching

# Pages read by the signed-in person with ten years of check-ins.
INSIGHTS_URL=/insights
CHECKINS_URL=/checkins
# The doctor report for the last 365 days (its longest range), and the JSON export of the whole diary.
REPORT_URL="/report?from=$(date -u -d '-364 days' +%Y-%m-%d)&to=$(date -u +%Y-%m-%d)"
EXPORT_URL=/account/data/diary.json

# Scenario 3: the new check-in form. run.sh GETs it signed in (for the person's antiforgery token), then POSTs to it.
CHECKIN_NEW_URL=/checkins/new

# How many calendar days the form accepts: today and the (CHECKIN_DAYS - 1) days before it, in the person's
# time zone (every seeded writer is on UTC). Each (writer, day) pair is posted exactly once.
CHECKIN_DAYS=30

# Prints the urlencoded POST body of one check-in, WITHOUT the antiforgery token (run.sh appends it).
#   $1 = the day, yyyy-MM-dd     $2 = pain 0-10
# The field names of Pages/CheckIns/_CheckInFields.cshtml: a realistic quick check-in with one method and its
# before/after pain, so each POST writes one CheckIns row and one MethodsTried row in one SaveChanges.
checkin_form_body() {
  local day="$1" pain="$2"
  local after=$(( pain > 0 ? pain - 1 : 0 ))
  printf 'Form.Day=%s&Form.Time=08:10&Form.Pain=%s&Form.Areas=LowerLeft&Form.Methods%%5B0%%5D.Slug=stretching&Form.Methods%%5B0%%5D.Tried=true&Form.Methods%%5B0%%5D.PainBefore=%s&Form.Methods%%5B0%%5D.PainAfter=%s&Form.Methods%%5B0%%5D.Effect=HelpedALittle&Form.Notes=' "$day" "$pain" "$pain" "$after"
}
