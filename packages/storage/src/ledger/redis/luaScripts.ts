/**
 * The Lua scripts that keep counters in Redis. Each runs atomically, so a reservation across
 * all the keys of one redemption is all or nothing without locks. Every script first checks the
 * `epoch` key: Redis keeps nothing on disk, and a Redis without it has lost (or never had) the
 * counters, which must then be seeded from PostgreSQL before anything else is counted.
 *
 * Keys under the ledger's prefix P: `P c:<counter>` a hash of cap / used / held; `P h:<id>` the
 * JSON claims `[[counter, amount], …]` a redemption holds; `P holds` a sorted set of held
 * redemption ids by the time (ms) after which a sweep may release them; `P epoch`.
 */

/** KEYS: epoch, holds, h:id, then each counter. ARGV: id, sweep-after ms, mode, claims JSON,
 * then cap and amount per counter. Mode `hold` holds, `use` counts as used at once. */
export const RESERVE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'noseed'} end
local n = #KEYS - 3
local caps, short = {}, {}
for i = 1, n do
  local key = KEYS[3 + i]
  local used = tonumber(redis.call('HGET', key, 'used') or '0')
  local held = tonumber(redis.call('HGET', key, 'held') or '0')
  local cap = math.max(tonumber(ARGV[3 + 2 * i]), used + held)
  local amount = tonumber(ARGV[4 + 2 * i])
  caps[i] = cap
  if used + held + amount > cap then
    table.insert(short, i)
    table.insert(short, cap - used - held)
    table.insert(short, cap)
  end
end
if #short > 0 then return {'refused', unpack(short)} end
local field = ARGV[3] == 'use' and 'used' or 'held'
for i = 1, n do
  redis.call('HSET', KEYS[3 + i], 'cap', caps[i])
  redis.call('HINCRBY', KEYS[3 + i], field, tonumber(ARGV[4 + 2 * i]))
end
if ARGV[3] == 'hold' then
  redis.call('SET', KEYS[3], ARGV[4])
  redis.call('ZADD', KEYS[2], tonumber(ARGV[2]), ARGV[1])
end
return {'ok'}
`;

/** Ends holds. KEYS: epoch, holds. ARGV: prefix, mode (`use` or `release`), then ids. */
export const SETTLE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'noseed'} end
local settled = 0
for i = 3, #ARGV do
  local id = ARGV[i]
  local record = redis.call('GET', ARGV[1] .. 'h:' .. id)
  if record then
    for _, claim in ipairs(cjson.decode(record)) do
      local key = ARGV[1] .. 'c:' .. claim[1]
      redis.call('HINCRBY', key, 'held', -claim[2])
      if ARGV[2] == 'use' then redis.call('HINCRBY', key, 'used', claim[2]) end
    end
    redis.call('DEL', ARGV[1] .. 'h:' .. id)
    redis.call('ZREM', KEYS[2], id)
    settled = settled + 1
  end
end
return {'ok', settled}
`;

/** Gives back use (a refund). KEYS: epoch, then counters. ARGV: an amount per counter. */
export const GIVE_BACK = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'noseed'} end
for i = 2, #KEYS do
  local used = tonumber(redis.call('HGET', KEYS[i], 'used') or '0')
  redis.call('HSET', KEYS[i], 'used', math.max(used - tonumber(ARGV[i - 1]), 0))
end
return {'ok'}
`;

/** Ids of holds a sweep may release. KEYS: holds. ARGV: now ms, batch size. */
export const DUE_HOLDS = `
return redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
`;

/** Writes a seed from PostgreSQL. KEYS: epoch, holds. ARGV: prefix, counters JSON
 * `[[key, cap, used, held], …]`, holds JSON `[[id, sweep-after ms, claims JSON], …]`. */
export const SEED = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'seeded-already' end
for _, c in ipairs(cjson.decode(ARGV[2])) do
  redis.call('HSET', ARGV[1] .. 'c:' .. c[1], 'cap', c[2], 'used', c[3], 'held', c[4])
end
for _, h in ipairs(cjson.decode(ARGV[3])) do
  redis.call('SET', ARGV[1] .. 'h:' .. h[1], h[3])
  redis.call('ZADD', KEYS[2], h[2], h[1])
end
redis.call('SET', KEYS[1], ARGV[4])
return 'seeded'
`;
