#!/usr/bin/env bash
# Renders the README's pictures of the pages and the webapps (src/docs/images/*.png) with the browser tests, in
# headless Chromium against a throwaway PostgreSQL (Debian's chromium, chromium-driver and postgresql-common).
set -euo pipefail
cd "$(dirname "$0")/../.."
pg_virtualenv ./mvnw -q verify -Dbpmnlint.skip=true -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtest='CasePagesBrowserTests,CaseBesideTheWorkBrowserTests,PublicPagesBrowserTests,PledgeMapBrowserTests' -Dscreenshots=src/docs/images
ls -l src/docs/images/*.png
