/* sha256: content hashes for idempotent import (private to the store). */
#ifndef DOSSIER_STORE_SHA256_H
#define DOSSIER_STORE_SHA256_H
#include <stddef.h>

/* Write the lower-case hex SHA-256 of data (64 chars + NUL) into hex. */
void store_sha256_hex(const void *data, size_t len, char hex[65]);

/* The same in plain C on any processor (the tests compare the two). */
void store_sha256_hex_c(const void *data, size_t len, char hex[65]);

/* The raw bytes' key: the first 60 bits of their SHA-256, a
 * non-negative integer (the import finds a file it stored before by it,
 * whatever a newer parser makes of the file). */
long long store_raw_key(const void *data, size_t len);

/* 1 if store_sha256_hex uses the processor's SHA extensions. */
int store_sha256_accel(void);

#endif
