/* sha256: content hashes for idempotent import (private to the store). */
#ifndef DOSSIER_STORE_SHA256_H
#define DOSSIER_STORE_SHA256_H
#include <stddef.h>

/* Write the lower-case hex SHA-256 of data (64 chars + NUL) into hex. */
void store_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
