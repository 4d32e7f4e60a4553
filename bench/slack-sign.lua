-- Slack's request signature for the wrk scripts: "v0=" .. hex HMAC-SHA256 of "v0:{timestamp}:{body}"
-- with the signing secret. HMAC comes from OpenSSL's libcrypto through LuaJIT's FFI, so signing
-- costs the load generator microseconds, not the server. Usage (wrk runs from the repository root):
--   local sign = dofile("bench/slack-sign.lua")(secret)
local ffi = require("ffi")
pcall(ffi.cdef, [[
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len,
                    const unsigned char *d, size_t n, unsigned char *md, unsigned int *md_len);
]])
local crypto = ffi.load("libcrypto.so.3")

return function(secret)
  local digest = ffi.new("unsigned char[32]")
  local digest_len = ffi.new("unsigned int[1]")
  local hex = {}
  for i = 0, 255 do hex[i] = string.format("%02x", i) end
  return function(timestamp, body)
    local base = "v0:" .. timestamp .. ":" .. body
    crypto.HMAC(crypto.EVP_sha256(), secret, #secret, base, #base, digest, digest_len)
    local out = {}
    for i = 0, 31 do out[i + 1] = hex[digest[i]] end
    return "v0=" .. table.concat(out)
  end
end
