"""Sets up the benchmark's tenant on a fresh Guichet: OpenAI pointed at the harness's mock, a plan with high
limits routed to it, an active tenant on it; prints the tenant's new API key. Usage: bench_tenant.py PORT EMAIL PASSWORD"""
import base64, json, sys, urllib.request
port, email, password = sys.argv[1:4]
auth = "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()
def call(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")
openai = "00000000-0000-4000-8000-000000000001"
call("PATCH", f"/api/admin/providers/{openai}", {"baseUrl": "http://127.0.0.1:18181/v1"})
call("PUT", f"/api/admin/providers/{openai}/key", {"apiKey": "sk-bench-upstream-0000000000000000"})
plan = call("POST", "/api/admin/plans", {"code": "bench", "name": "Bench", "monthlyPriceEur": 0,
    "requestsPerMonth": 1000000000, "tokensPerMonth": 1000000000000, "requestsPerMinute": 1000000})
call("PUT", f"/api/admin/plans/{plan['id']}/providers", {"providerIds": [openai]})
tenant = call("POST", "/api/admin/tenants", {"name": "Bench", "slug": "bench", "contactEmail": "bench@example.com"})
tid = tenant["tenant"]["id"]
call("PATCH", f"/api/admin/tenants/{tid}", {"planId": plan["id"], "status": "active"})
print(call("POST", f"/api/admin/tenants/{tid}/api-keys", {"name": "bench"})["secret"])
