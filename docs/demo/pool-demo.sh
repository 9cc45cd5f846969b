#!/usr/bin/env bash
# The pool, end to end, on the local Run (README "Run", then in a second terminal: docs/demo/pool-demo.sh).
# Real Keycloak tokens of the demo users; adds data to ./data (delete it to start afresh).
# The Run's first start fills a demo pool by itself (README "Run", DemoPool); this script adds its own
# achievements and rounds next to it. Start it once the app's console says "Demo pool: … entries in the pool".
#
#   1. reviewer1–3 declare expertise; investor1 sets a profile
#   2. inst1 registers 10 achievements; operator1 runs a round: assignment, 3 reviews each, compute, publish
#   3. an anonymous visitor searches "光伏" and browses by industry; investor1 sees reasoned recommendations
#      and saves the search "光伏" (what it finds now is the baseline)
#   4. a second round adds a new 光伏 entry; the saved search reports it as new
#
# The saved-search check runs every TECHPOOL_POOL_ALERT_CHECK_EVERY (default 5m); start the app with
# TECHPOOL_POOL_ALERT_CHECK_EVERY=10s to see step 4 at once. Needs curl and jq.
set -euo pipefail
API=${API:-http://127.0.0.1:8080}
KEYCLOAK=${KEYCLOAK:-http://127.0.0.1:8180}
RUN=$(date +%H%M%S)

token() {
    curl -sf -d grant_type=password -d client_id=techpool-cli -d "username=$1" -d "password=$1" \
        "$KEYCLOAK/realms/techpool/protocol/openid-connect/token" | jq -r .access_token
}
# call USER METHOD PATH [JSON]: the answer's body (USER "-" calls anonymously); stops the demo on status >= 400
call() {
    local auth="Accept: application/json" out status var # a harmless header when anonymous
    if [ "$1" != - ]; then
        var="TOKEN_$1"
        auth="Authorization: Bearer ${!var}"
    fi
    out=$(curl -s -w '\n%{http_code}' -X "$2" -H "$auth" -H 'Content-Type: application/json' \
        -H 'Accept-Language: zh-CN' ${4:+--data "$4"} "$API$3")
    status=${out##*$'\n'}
    out=${out%$'\n'*}
    if [ "$status" -ge 400 ]; then
        echo "$2 $3 -> $status: $out" >&2
        exit 1
    fi
    printf '%s' "$out"
}
step() { printf '\n== %s\n' "$*"; }

for user in inst1 reviewer1 reviewer2 reviewer3 investor1 operator1; do
    printf -v "TOKEN_$user" '%s' "$(token "$user")" # plain variables: macOS's bash 3.2 has no associative arrays
done

step "1. reviewers declare expertise; investor1 sets a profile"
for r in reviewer1 reviewer2 reviewer3; do
    call $r PUT /api/v1/reviewers/me "{\"expertise\":[\"38\",\"44\",\"65\"],\"email\":\"$r@example.org\"}" >/dev/null
done
call investor1 PUT /api/v1/investors/me \
    '{"industries":["38","D"],"trlMin":5,"trlMax":8,"transferModes":["LICENSE"]}' | jq -c '{industries, trlMin, trlMax, transferModes}'

# achievement TITLE_ZH TITLE_EN DIVISION TRL MODE: a submitted achievement of inst1, its id
achievement() {
    local body
    body=$(jq -n --arg zh "$1 $RUN" --arg en "$2 $RUN" --arg div "$3" --argjson trl "$4" --arg mode "$5" '{
        title: {zh: $zh, en: $en},
        summary: {zh: ("面向产业化的" + $zh + "，已完成中试验证。"), en: ($en + ", validated in a pilot line.")},
        keywords: [$zh], type: "APPLIED_TECHNOLOGY", industryCode: $div, trl: $trl, stage: "MIDDLE",
        innovation: "ORIGINAL", level: "DOMESTIC_LEADING",
        ipRights: [{kind: "INVENTION_PATENT", number: "ZL2025100000\($trl).X", title: $zh}],
        transferModes: [$mode], askingPrice: 2000000,
        team: [{name: "张伟", role: "负责人"}],
        contact: {name: "王芳", phone: "+86 931 891 2000", email: "wangfang@example.org"}}')
    local id
    id=$(call inst1 POST /api/v1/achievements "$body" | jq -r .id)
    call inst1 POST "/api/v1/achievements/$id/submit" >/dev/null
    echo "$id"
}

# round NAME SCORE...: one round over every submitted achievement; each reviewer gives the achievement
# registered n-th in this round the n-th score on all three dimensions
round() {
    local name=$1
    shift
    local scores=("$@") deadline id
    deadline=$(jq -nr 'now + 7 * 86400 | todate') # jq, not GNU date: works on macOS too
    id=$(call operator1 POST /api/v1/rounds \
        "{\"name\":\"$name\",\"rulesId\":\"default\",\"rulesVersion\":1,\"reviewDeadline\":\"$deadline\"}" | jq -r .id)
    call operator1 POST "/api/v1/rounds/$id/close-registration" >/dev/null
    call operator1 POST "/api/v1/rounds/$id/assignments" | jq -c '{achievements, reviewsAssigned: .created, shortfalls: (.shortfalls | length)}'
    for r in reviewer1 reviewer2 reviewer3; do
        call $r GET "/api/v1/reviews?size=100" | jq -r --arg round "$id" '.items[] | select(.roundId == $round) | "\(.id) \(.achievementId)"' |
            while read -r review achievement; do
                local score=50 i
                for i in "${!ROUND_IDS[@]}"; do
                    [ "${ROUND_IDS[$i]}" = "$achievement" ] && score=${scores[$i]}
                done
                call $r PUT "/api/v1/reviews/$review" "{\"scores\":{\"market_potential\":$score,\"economic_value\":$score,\"technical_content\":$score},\"comment\":\"演示评语\"}" >/dev/null
                call $r POST "/api/v1/reviews/$review/submit" >/dev/null
            done
    done
    call operator1 PUT "/api/v1/rounds/$id" "{\"reviewDeadline\":\"$(jq -nr 'now - 1 | todate')\"}" >/dev/null
    call operator1 POST "/api/v1/rounds/$id/compute" | jq -c '{N, capacity, cutoffComposite}'
    call operator1 POST "/api/v1/rounds/$id/publish" | jq -c '{name, status}'
}

step "2. inst1 registers 10 achievements; operator1 runs round 1 (reviewer1-3 score them)"
echo "(the default rules assign 5 reviewers and need 3; the local realm has 3, hence the shortfalls)"
ROUND_IDS=(
    "$(achievement 钙钛矿叠层光伏组件 "Perovskite tandem PV module" 38 6 LICENSE)"
    "$(achievement 分布式光伏逆变器 "Distributed PV inverter" 38 7 LICENSE)"
    "$(achievement 海上风电运维机器人 "Offshore wind maintenance robot" 44 5 EQUITY)"
    "$(achievement 工业互联网平台 "Industrial internet platform" 65 8 COOPERATION)"
    "$(achievement 储能电池热管理系统 "Battery thermal management" 38 4 TRANSFER)"
    "$(achievement 智能配电终端 "Smart distribution terminal" 44 6 LICENSE)"
    "$(achievement 电机能效检测装置 "Motor efficiency tester" 38 5 TRANSFER)"
    "$(achievement 数据中心节能软件 "Data centre energy software" 65 7 LICENSE)"
    "$(achievement 输电线路巡检无人机 "Power line inspection drone" 44 6 COOPERATION)"
    "$(achievement 柔性直流换流阀 "Flexible DC converter valve" 38 5 EQUITY)"
)
round "演示第一批 $RUN" 92 88 60 58 56 55 54 53 52 51

step "3. an anonymous visitor searches 光伏 and browses by industry"
for attempt in $(seq 1 30); do # the index follows the database through the outbox, within a second or two
    call - GET "/api/v1/pool?q=%E5%85%89%E4%BC%8F&size=100" | jq -e --arg run "$RUN" \
        '[.items[].title.zh | select(endswith($run))] | length == 2' >/dev/null && break
    sleep 1
done
call - GET "/api/v1/pool?q=%E5%85%89%E4%BC%8F&size=5" |
    jq -c '{total, hits: [.items[] | {title: .title.zh, industry: .industryName, composite}], section: .facets.section}'
call - GET "/api/v1/pool/by-industry?top=2" |
    jq -c '.[] | {section: .code, name, count, divisions: [.divisions[] | {code, name, count, first: [.entries[].title.zh]}]}'
step "   investor1's recommendations, with reasons"
call investor1 GET "/api/v1/investors/me/recommendations?size=3" |
    jq -c '.total, (.items[] | {title: .title.zh, fit, reasons: [.reasons[].zh]})'
SAVED=$(call investor1 POST /api/v1/investors/me/saved-searches \
    "{\"name\":\"光伏新成果 $RUN\",\"criteria\":{\"q\":\"光伏\"}}" | jq -r .id)
echo "investor1 saved the search 光伏 ($SAVED)"

step "4. round 2 adds a new 光伏 entry; the saved search reports it"
ROUND_IDS=(
    "$(achievement 光伏制氢一体化装置 "PV-powered hydrogen electrolyser" 38 6 LICENSE)"
    "$(achievement 风电叶片回收技术 "Wind blade recycling" 44 5 TRANSFER)"
    "$(achievement 变电站数字孪生 "Substation digital twin" 65 7 COOPERATION)"
    "$(achievement 高压电缆在线监测 "HV cable monitoring" 38 6 EQUITY)"
    "$(achievement 微电网调度系统 "Microgrid dispatch" 44 6 LICENSE)"
)
round "演示第二批 $RUN" 95 57 56 55 54
for attempt in $(seq 1 70); do
    NEW=$(call investor1 GET /api/v1/investors/me/saved-searches | jq --arg id "$SAVED" '.items[] | select(.id == $id) | .newCount')
    [ "$NEW" -gt 0 ] && break
    sleep 5
done
echo "saved search \"光伏新成果 $RUN\": newCount = $NEW"
call investor1 GET "/api/v1/investors/me/saved-searches/$SAVED/results?size=3" | jq -c '[.items[].title.zh]'
echo "(the mock mailbox logs the alert e-mail in the app's console)"
