#!/usr/bin/env bash
# A first tour of the propgov API with curl against a running server and its Mengcheng demo tenant.
#   PROPGOV_URL       default http://localhost:3000
#   PROPGOV_PASSWORD  the admin password (PROPGOV_ADMIN_PASSWORD of the server, or the one it printed)
set -euo pipefail
url=${PROPGOV_URL:-http://localhost:3000}
password=${PROPGOV_PASSWORD:?set PROPGOV_PASSWORD to the admin password}
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);const p=process.argv[1];console.log(p?p.split(".").reduce((o,k)=>o?.[k],v):JSON.stringify(v,null,2))})' "${1:-}"; }

echo "# health and readiness"
curl -fsS "$url/health"; echo
curl -fsS "$url/ready"; echo

echo "# sign in as the county admin of mengcheng"
token=$(curl -fsS "$url/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"tenant\":\"mengcheng\",\"username\":\"admin\",\"password\":\"$password\"}" | json token)
auth=(-H "authorization: Bearer $token")
curl -fsS "$url/v1/auth/me" "${auth[@]}" | json

echo "# look up the demo's 城关街道 (Chengguan street) in the region list"
region=$(curl -fsS --get "$url/v1/tenants/mengcheng/regions" "${auth[@]}" \
  --data-urlencode "q=城关街道" --data-urlencode "kind=street" --data-urlencode "limit=1" | json items.0.id)
if [[ -z "$region" || "$region" == undefined ]]; then
  echo "no region 城关街道 in the mengcheng tenant: is this the demo (PROPGOV_DEMO=true)?" >&2
  exit 1
fi
echo "$region"

echo "# create a township staff account scoped to that region"
name="staff$(date +%s)"
curl -fsS "$url/v1/tenants/mengcheng/users" "${auth[@]}" -H 'content-type: application/json' \
  -d "{\"username\":\"$name\",\"displayName\":\"城关街道工作人员\",\"password\":\"a long passphrase\",\"roles\":[\"regionStaff\"],\"scope\":{\"regionId\":\"$region\"}}" | json

echo "# an API key for a machine client, shown once, then used as a Bearer token"
key=$(curl -fsS "$url/v1/tenants/mengcheng/api-keys" "${auth[@]}" -H 'content-type: application/json' \
  -d '{"name":"quickstart","roles":["countyAdmin"]}' | json key)
curl -fsS "$url/v1/auth/me" -H "authorization: Bearer $key" | json displayName

echo "# bad input answers problem+json naming the field"
curl -sS "$url/v1/tenants/mengcheng/users" "${auth[@]}" -H 'content-type: application/json' \
  -d '{"username":"no spaces allowed","displayName":"x","password":"short","roles":["countyAdmin"]}' | json

echo "# sign out"
curl -fsS -X POST "$url/v1/auth/logout" "${auth[@]}" -o /dev/null -w '%{http_code}\n'
