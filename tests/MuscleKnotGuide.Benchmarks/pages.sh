# shellcheck shell=bash
# ---------------------------------------------------------------------------------------------------------
# THE ONE PLACE that knows the check-in and insights pages (scenarios 2 and 3). run.sh sources this file.
# Everything else in the benchmark is independent of those pages. A URL answering 404 makes its scenario
# "SKIPPED (page not found)".
# ---------------------------------------------------------------------------------------------------------

# Scenario 2: pages read by the signed-in person with ten years of check-ins.
INSIGHTS_URL=/insights
CHECKINS_URL=/checkins

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
  printf 'Form.Day=%s&Form.Pain=%s&Form.Areas=LowerLeft&Form.Methods%%5B0%%5D.Slug=stretching&Form.Methods%%5B0%%5D.Tried=true&Form.Methods%%5B0%%5D.PainBefore=%s&Form.Methods%%5B0%%5D.PainAfter=%s&Form.Methods%%5B0%%5D.Effect=HelpedALittle&Form.Notes=' "$day" "$pain" "$pain" "$after"
}
