/* sha256: FIPS 180-4 SHA-256, enough for content hashing; with the x86
 * SHA extensions where the processor has them. */
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>
#define SHA256_NI 1
#endif

#include "sha256.h"

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

/* Process one 64-byte block. */
static void
sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (; i < 64; i++)
		w[i] = w[i - 16] + (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^
		    (w[i - 15] >> 3)) + w[i - 7] + (ROR(w[i - 2], 17) ^
		    ROR(w[i - 2], 19) ^ (w[i - 2] >> 10));
	a = h[0]; b = h[1]; c = h[2]; d = h[3];
	e = h[4]; f = h[5]; g = h[6]; hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
		    ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
		    ((a & b) ^ (a & c) ^ (b & c));
		hh = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d;
	h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

/* Process n 64-byte blocks. */
static void
sha256_blocks_c(uint32_t h[8], const unsigned char *p, size_t n)
{
	for (; n > 0; n--, p += 64)
		sha256_block(h, p);
}

#ifdef SHA256_NI
/* Process n 64-byte blocks with the SHA extensions: an import hashes
 * every story, and the plain C rounds were 5% of its instructions.  The
 * state is kept as the instructions want it, ABEF and CDGH; each group
 * of four rounds adds K to four words of the schedule, which msg1 and
 * msg2 extend four words at a time (Intel's white paper, "Intel SHA
 * Extensions", 2013). */
__attribute__((target("sha,sse4.1"))) static void
sha256_blocks_ni(uint32_t h[8], const unsigned char *p, size_t n)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bll,
	    0x0405060700010203ll);
	__m128i s0, s1, t, m[4], msg, abef, cdgh;

	t = _mm_loadu_si128((const __m128i *)&h[0]);      /* DCBA */
	s1 = _mm_loadu_si128((const __m128i *)&h[4]);     /* HGFE */
	t = _mm_shuffle_epi32(t, 0xB1);                   /* CDAB */
	s1 = _mm_shuffle_epi32(s1, 0x1B);                 /* EFGH */
	s0 = _mm_alignr_epi8(t, s1, 8);                   /* ABEF */
	s1 = _mm_blend_epi16(s1, t, 0xF0);                /* CDGH */
	for (; n > 0; n--, p += 64) {
		abef = s0;
		cdgh = s1;
#pragma GCC unroll 16
		for (int g = 0; g < 16; g++) {
			if (g < 4)
				m[g] = _mm_shuffle_epi8(_mm_loadu_si128(
				    (const __m128i *)(p + 16 * g)), bswap);
			msg = _mm_add_epi32(m[g % 4],
			    _mm_loadu_si128((const __m128i *)&K[4 * g]));
			s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
			if (g >= 3 && g <= 14) {
				t = _mm_alignr_epi8(m[g % 4], m[(g + 3) % 4],
				    4);
				m[(g + 1) % 4] = _mm_sha256msg2_epu32(
				    _mm_add_epi32(m[(g + 1) % 4], t),
				    m[g % 4]);
			}
			msg = _mm_shuffle_epi32(msg, 0x0E);
			s0 = _mm_sha256rnds2_epu32(s0, s1, msg);
			if (g >= 1 && g <= 12)
				m[(g + 3) % 4] = _mm_sha256msg1_epu32(
				    m[(g + 3) % 4], m[g % 4]);
		}
		s0 = _mm_add_epi32(s0, abef);
		s1 = _mm_add_epi32(s1, cdgh);
	}
	t = _mm_shuffle_epi32(s0, 0x1B);                  /* FEBA */
	s1 = _mm_shuffle_epi32(s1, 0xB1);                 /* DCHG */
	s0 = _mm_blend_epi16(t, s1, 0xF0);                /* DCBA */
	s1 = _mm_alignr_epi8(s1, t, 8);                   /* HGFE */
	_mm_storeu_si128((__m128i *)&h[0], s0);
	_mm_storeu_si128((__m128i *)&h[4], s1);
}
#endif

/* Hash data with blocks and write it as lower-case hex. */
static void
sha256_hex(const void *data, size_t len, char hex[65],
	   void (*blocks)(uint32_t *, const unsigned char *, size_t))
{
	static const char digits[] = "0123456789abcdef";
	uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	const unsigned char *p = data;
	unsigned char tail[128];
	uint64_t bits = (uint64_t)len * 8;
	size_t n = len, rest, tlen;
	int i;

	blocks(h, p, n / 64);
	p += n / 64 * 64;
	n %= 64;
	rest = n;
	memset(tail, 0, sizeof(tail));
	if (rest)
		memcpy(tail, p, rest);
	tail[rest] = 0x80;
	tlen = rest + 1 + 8 <= 64 ? 64 : 128;
	for (i = 0; i < 8; i++)
		tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
	blocks(h, tail, tlen / 64);
	for (i = 0; i < 32; i++) {
		unsigned char byte = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
		hex[2 * i] = digits[byte >> 4];
		hex[2 * i + 1] = digits[byte & 15];
	}
	hex[64] = '\0';
}

/* 1 if store_sha256_hex uses the SHA extensions: CPUID leaf 7 says SHA
 * (EBX bit 29), leaf 1 SSE4.1 (ECX bit 19).  Asked once (CPUID can trap
 * to the hypervisor) and kept; GCC's and clang's <cpuid.h> both do it,
 * unlike __builtin_cpu_supports("sha"), which clang lacks. */
int
store_sha256_accel(void)
{
#ifdef SHA256_NI
	static _Atomic int known = -1;
	int v = atomic_load_explicit(&known, memory_order_relaxed);

	if (v < 0) {
		unsigned a, b, c, d;

		v = __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 19)) &&
		    __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
		atomic_store_explicit(&known, v, memory_order_relaxed);
	}
	return v;
#else
	return 0;
#endif
}

/* Hash data and write it as lower-case hex. */
void
store_sha256_hex(const void *data, size_t len, char hex[65])
{
#ifdef SHA256_NI
	if (store_sha256_accel()) {
		sha256_hex(data, len, hex, sha256_blocks_ni);
		return;
	}
#endif
	sha256_hex(data, len, hex, sha256_blocks_c);
}

/* The same in plain C whatever the processor: for the tests. */
void
store_sha256_hex_c(const void *data, size_t len, char hex[65])
{
	sha256_hex(data, len, hex, sha256_blocks_c);
}

long long
store_raw_key(const void *data, size_t len)
{
	char hex[65];
	long long k = 0;

	store_sha256_hex(data, len, hex);
	for (int i = 0; i < 15; i++)
		k = k * 16 + (hex[i] <= '9' ? hex[i] - '0' : hex[i] - 'a' + 10);
	return k;
}
