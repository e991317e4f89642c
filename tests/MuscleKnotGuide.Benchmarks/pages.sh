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
# TODO(lead): set the form's real field names once /checkins/new exists (read them from its <form>), and add
# any other field the form requires. Keep it a minimal valid check-in: one new row in CheckIns per POST.
checkin_form_body() {
  local day="$1" pain="$2"
  printf 'Form.Day=%s&Form.PainLevel=%s' "$day" "$pain"
}
