-- wrk script: each request files a new observation about a random room, with a unique Idempotency-Key.
-- The demo user frontdesk files as housekeeping; observedAt is the current minute (UTC).
local counter = 0
local prefix

function setup(thread)
  thread:set("tid", tostring(math.random(1, 1000000000)))
end

function init(args)
  prefix = (tid or tostring(math.random(1, 1000000000))) .. "-" .. tostring(os.time())
end

request = function()
  counter = counter + 1
  local room = tostring(100 + math.random(0, 899))
  local body = string.format('{"propertyId":"demo-hotel","observedAt":"%s","reporter":{"id":"frontdesk","role":"HK"},'
      .. '"location":{"room":"%s"},"indicators":["ROOM_LINEN_EXCESS","BEH_RARELY_LEAVES"]}',
      os.date("!%Y-%m-%dT%H:%M:00Z"), room)
  return wrk.format("POST", "/api/v1/observations", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Basic ZnJvbnRkZXNrOmZyb250ZGVzay1kZW1v",
    ["Idempotency-Key"] = "load-" .. prefix .. "-" .. counter
  }, body)
end
