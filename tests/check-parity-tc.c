/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Traffic control as upstream's libnl has it: the requests of
 * parity-tc-cases.h byte for byte (the bytes Debian's libnl 3.7 builds
 * for the same calls), then the codes of absent values and of requests
 * that lack what upstream demands.
 */

#include "nltest.h"
#include "parity.h"
#include "parity-tc-cases.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
	const char *name;
	int ret;
	const char *hex;
} expected[] = {
	{ "htb_qdisc", 0,
	  "48 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 08 00 01 00 68 74 62 00 1c 00 02 80"
	  "18 00 02 00 03 00 00 00 0a 00 00 00 05 00 01 00"
	  "00 00 00 00 00 00 00 00" },
	{ "htb_class", 0,
	  "68 08 00 00 28 00 00 04 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 05 00 01 00 00 00 01 00"
	  "00 00 00 00 08 00 01 00 68 74 62 00 3c 08 02 80"
	  "30 00 01 00 03 00 00 00 ff ff 00 00 48 e8 01 00"
	  "03 00 00 00 ff ff 00 00 90 d0 03 00 20 a1 07 00"
	  "b4 c4 04 00 dc 05 00 00 00 00 00 00 03 00 00 00"
	  "04 04 04 00 e8 03 00 00 d0 07 00 00 b8 0b 00 00"
	  "a0 0f 00 00 88 13 00 00 70 17 00 00 58 1b 00 00"
	  "40 1f 00 00 28 23 00 00 10 27 00 00 f8 2a 00 00"
	  "e0 2e 00 00 c8 32 00 00 b0 36 00 00 98 3a 00 00"
	  "80 3e 00 00 68 42 00 00 50 46 00 00 38 4a 00 00"
	  "20 4e 00 00 08 52 00 00 f0 55 00 00 d8 59 00 00"
	  "c0 5d 00 00 a8 61 00 00 90 65 00 00 78 69 00 00"
	  "60 6d 00 00 48 71 00 00 30 75 00 00 18 79 00 00"
	  "00 7d 00 00 e8 80 00 00 d0 84 00 00 b8 88 00 00"
	  "a0 8c 00 00 88 90 00 00 70 94 00 00 58 98 00 00"
	  "40 9c 00 00 28 a0 00 00 10 a4 00 00 f8 a7 00 00"
	  "e0 ab 00 00 c8 af 00 00 b0 b3 00 00 98 b7 00 00"
	  "80 bb 00 00 68 bf 00 00 50 c3 00 00 38 c7 00 00"
	  "20 cb 00 00 08 cf 00 00 f0 d2 00 00 d8 d6 00 00"
	  "c0 da 00 00 a8 de 00 00 90 e2 00 00 78 e6 00 00"
	  "60 ea 00 00 48 ee 00 00 30 f2 00 00 18 f6 00 00"
	  "00 fa 00 00 e8 fd 00 00 d0 01 01 00 b8 05 01 00"
	  "a0 09 01 00 88 0d 01 00 70 11 01 00 58 15 01 00"
	  "40 19 01 00 28 1d 01 00 10 21 01 00 f8 24 01 00"
	  "e0 28 01 00 c8 2c 01 00 b0 30 01 00 98 34 01 00"
	  "80 38 01 00 68 3c 01 00 50 40 01 00 38 44 01 00"
	  "20 48 01 00 08 4c 01 00 f0 4f 01 00 d8 53 01 00"
	  "c0 57 01 00 a8 5b 01 00 90 5f 01 00 78 63 01 00"
	  "60 67 01 00 48 6b 01 00 30 6f 01 00 18 73 01 00"
	  "00 77 01 00 e8 7a 01 00 d0 7e 01 00 b8 82 01 00"
	  "a0 86 01 00 88 8a 01 00 70 8e 01 00 58 92 01 00"
	  "40 96 01 00 28 9a 01 00 10 9e 01 00 f8 a1 01 00"
	  "e0 a5 01 00 c8 a9 01 00 b0 ad 01 00 98 b1 01 00"
	  "80 b5 01 00 68 b9 01 00 50 bd 01 00 38 c1 01 00"
	  "20 c5 01 00 08 c9 01 00 f0 cc 01 00 d8 d0 01 00"
	  "c0 d4 01 00 a8 d8 01 00 90 dc 01 00 78 e0 01 00"
	  "60 e4 01 00 48 e8 01 00 30 ec 01 00 18 f0 01 00"
	  "00 f4 01 00 e8 f7 01 00 d0 fb 01 00 b8 ff 01 00"
	  "a0 03 02 00 88 07 02 00 70 0b 02 00 58 0f 02 00"
	  "40 13 02 00 28 17 02 00 10 1b 02 00 f8 1e 02 00"
	  "e0 22 02 00 c8 26 02 00 b0 2a 02 00 98 2e 02 00"
	  "80 32 02 00 68 36 02 00 50 3a 02 00 38 3e 02 00"
	  "20 42 02 00 08 46 02 00 f0 49 02 00 d8 4d 02 00"
	  "c0 51 02 00 a8 55 02 00 90 59 02 00 78 5d 02 00"
	  "60 61 02 00 48 65 02 00 30 69 02 00 18 6d 02 00"
	  "00 71 02 00 e8 74 02 00 d0 78 02 00 b8 7c 02 00"
	  "a0 80 02 00 88 84 02 00 70 88 02 00 58 8c 02 00"
	  "40 90 02 00 28 94 02 00 10 98 02 00 f8 9b 02 00"
	  "e0 9f 02 00 c8 a3 02 00 b0 a7 02 00 98 ab 02 00"
	  "80 af 02 00 68 b3 02 00 50 b7 02 00 38 bb 02 00"
	  "20 bf 02 00 08 c3 02 00 f0 c6 02 00 d8 ca 02 00"
	  "c0 ce 02 00 a8 d2 02 00 90 d6 02 00 78 da 02 00"
	  "60 de 02 00 48 e2 02 00 30 e6 02 00 18 ea 02 00"
	  "00 ee 02 00 e8 f1 02 00 d0 f5 02 00 b8 f9 02 00"
	  "a0 fd 02 00 88 01 03 00 70 05 03 00 58 09 03 00"
	  "40 0d 03 00 28 11 03 00 10 15 03 00 f8 18 03 00"
	  "e0 1c 03 00 c8 20 03 00 b0 24 03 00 98 28 03 00"
	  "80 2c 03 00 68 30 03 00 50 34 03 00 38 38 03 00"
	  "20 3c 03 00 08 40 03 00 f0 43 03 00 d8 47 03 00"
	  "c0 4b 03 00 a8 4f 03 00 90 53 03 00 78 57 03 00"
	  "60 5b 03 00 48 5f 03 00 30 63 03 00 18 67 03 00"
	  "00 6b 03 00 e8 6e 03 00 d0 72 03 00 b8 76 03 00"
	  "a0 7a 03 00 88 7e 03 00 70 82 03 00 58 86 03 00"
	  "40 8a 03 00 28 8e 03 00 10 92 03 00 f8 95 03 00"
	  "e0 99 03 00 c8 9d 03 00 b0 a1 03 00 98 a5 03 00"
	  "80 a9 03 00 68 ad 03 00 50 b1 03 00 38 b5 03 00"
	  "20 b9 03 00 08 bd 03 00 f0 c0 03 00 d8 c4 03 00"
	  "c0 c8 03 00 98 cc 03 00 90 d0 03 00 68 d4 03 00"
	  "60 d8 03 00 48 dc 03 00 30 e0 03 00 18 e4 03 00"
	  "00 e8 03 00 04 04 03 00 f4 01 00 00 e8 03 00 00"
	  "dc 05 00 00 d0 07 00 00 c4 09 00 00 b8 0b 00 00"
	  "ac 0d 00 00 a0 0f 00 00 94 11 00 00 88 13 00 00"
	  "7c 15 00 00 70 17 00 00 64 19 00 00 58 1b 00 00"
	  "4c 1d 00 00 40 1f 00 00 34 21 00 00 28 23 00 00"
	  "1c 25 00 00 10 27 00 00 04 29 00 00 f8 2a 00 00"
	  "ec 2c 00 00 e0 2e 00 00 d4 30 00 00 c8 32 00 00"
	  "bc 34 00 00 b0 36 00 00 a4 38 00 00 98 3a 00 00"
	  "8c 3c 00 00 80 3e 00 00 74 40 00 00 68 42 00 00"
	  "5c 44 00 00 50 46 00 00 44 48 00 00 38 4a 00 00"
	  "2c 4c 00 00 20 4e 00 00 14 50 00 00 08 52 00 00"
	  "fc 53 00 00 f0 55 00 00 e4 57 00 00 d8 59 00 00"
	  "cc 5b 00 00 c0 5d 00 00 b4 5f 00 00 a8 61 00 00"
	  "9c 63 00 00 90 65 00 00 84 67 00 00 78 69 00 00"
	  "6c 6b 00 00 60 6d 00 00 54 6f 00 00 48 71 00 00"
	  "3c 73 00 00 30 75 00 00 24 77 00 00 18 79 00 00"
	  "0c 7b 00 00 00 7d 00 00 f4 7e 00 00 e8 80 00 00"
	  "dc 82 00 00 d0 84 00 00 c4 86 00 00 b8 88 00 00"
	  "ac 8a 00 00 a0 8c 00 00 94 8e 00 00 88 90 00 00"
	  "7c 92 00 00 70 94 00 00 64 96 00 00 58 98 00 00"
	  "4c 9a 00 00 40 9c 00 00 34 9e 00 00 28 a0 00 00"
	  "1c a2 00 00 10 a4 00 00 04 a6 00 00 f8 a7 00 00"
	  "ec a9 00 00 e0 ab 00 00 d4 ad 00 00 c8 af 00 00"
	  "bc b1 00 00 b0 b3 00 00 a4 b5 00 00 98 b7 00 00"
	  "8c b9 00 00 80 bb 00 00 74 bd 00 00 68 bf 00 00"
	  "5c c1 00 00 50 c3 00 00 44 c5 00 00 38 c7 00 00"
	  "2c c9 00 00 20 cb 00 00 14 cd 00 00 08 cf 00 00"
	  "fc d0 00 00 f0 d2 00 00 e4 d4 00 00 d8 d6 00 00"
	  "cc d8 00 00 c0 da 00 00 b4 dc 00 00 a8 de 00 00"
	  "9c e0 00 00 90 e2 00 00 84 e4 00 00 78 e6 00 00"
	  "6c e8 00 00 60 ea 00 00 54 ec 00 00 48 ee 00 00"
	  "3c f0 00 00 30 f2 00 00 24 f4 00 00 18 f6 00 00"
	  "0c f8 00 00 00 fa 00 00 f4 fb 00 00 e8 fd 00 00"
	  "dc ff 00 00 d0 01 01 00 c4 03 01 00 b8 05 01 00"
	  "ac 07 01 00 a0 09 01 00 94 0b 01 00 88 0d 01 00"
	  "7c 0f 01 00 70 11 01 00 64 13 01 00 58 15 01 00"
	  "4c 17 01 00 40 19 01 00 34 1b 01 00 28 1d 01 00"
	  "1c 1f 01 00 10 21 01 00 04 23 01 00 f8 24 01 00"
	  "ec 26 01 00 e0 28 01 00 d4 2a 01 00 c8 2c 01 00"
	  "bc 2e 01 00 b0 30 01 00 a4 32 01 00 98 34 01 00"
	  "8c 36 01 00 80 38 01 00 74 3a 01 00 68 3c 01 00"
	  "5c 3e 01 00 50 40 01 00 44 42 01 00 38 44 01 00"
	  "2c 46 01 00 20 48 01 00 14 4a 01 00 08 4c 01 00"
	  "fc 4d 01 00 f0 4f 01 00 e4 51 01 00 d8 53 01 00"
	  "cc 55 01 00 c0 57 01 00 b4 59 01 00 a8 5b 01 00"
	  "9c 5d 01 00 90 5f 01 00 84 61 01 00 78 63 01 00"
	  "6c 65 01 00 60 67 01 00 54 69 01 00 48 6b 01 00"
	  "3c 6d 01 00 30 6f 01 00 24 71 01 00 18 73 01 00"
	  "0c 75 01 00 00 77 01 00 f4 78 01 00 e8 7a 01 00"
	  "dc 7c 01 00 d0 7e 01 00 c4 80 01 00 b8 82 01 00"
	  "ac 84 01 00 a0 86 01 00 94 88 01 00 88 8a 01 00"
	  "7c 8c 01 00 70 8e 01 00 64 90 01 00 58 92 01 00"
	  "4c 94 01 00 40 96 01 00 34 98 01 00 28 9a 01 00"
	  "1c 9c 01 00 10 9e 01 00 04 a0 01 00 f8 a1 01 00"
	  "ec a3 01 00 e0 a5 01 00 d4 a7 01 00 c8 a9 01 00"
	  "bc ab 01 00 b0 ad 01 00 a4 af 01 00 98 b1 01 00"
	  "8c b3 01 00 80 b5 01 00 74 b7 01 00 68 b9 01 00"
	  "5c bb 01 00 50 bd 01 00 44 bf 01 00 38 c1 01 00"
	  "2c c3 01 00 20 c5 01 00 14 c7 01 00 08 c9 01 00"
	  "fc ca 01 00 f0 cc 01 00 e4 ce 01 00 d8 d0 01 00"
	  "cc d2 01 00 c0 d4 01 00 b4 d6 01 00 a8 d8 01 00"
	  "9c da 01 00 90 dc 01 00 84 de 01 00 78 e0 01 00"
	  "6c e2 01 00 60 e4 01 00 44 e6 01 00 48 e8 01 00"
	  "2c ea 01 00 30 ec 01 00 24 ee 01 00 18 f0 01 00"
	  "0c f2 01 00 00 f4 01 00" },
	{ "tbf", 0,
	  "60 08 00 00 24 00 00 04 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 08 00 01 00 74 62 66 00 34 08 02 80"
	  "28 00 01 00 03 00 00 00 ff ff 00 00 48 e8 01 00"
	  "03 00 00 00 ff ff 00 00 90 d0 03 00 10 27 00 00"
	  "d8 b8 05 00 48 e8 01 00 04 04 02 00 e8 03 00 00"
	  "d0 07 00 00 b8 0b 00 00 a0 0f 00 00 88 13 00 00"
	  "70 17 00 00 58 1b 00 00 40 1f 00 00 28 23 00 00"
	  "10 27 00 00 f8 2a 00 00 e0 2e 00 00 c8 32 00 00"
	  "b0 36 00 00 98 3a 00 00 80 3e 00 00 68 42 00 00"
	  "50 46 00 00 38 4a 00 00 20 4e 00 00 08 52 00 00"
	  "f0 55 00 00 d8 59 00 00 c0 5d 00 00 a8 61 00 00"
	  "90 65 00 00 78 69 00 00 60 6d 00 00 48 71 00 00"
	  "30 75 00 00 18 79 00 00 00 7d 00 00 e8 80 00 00"
	  "d0 84 00 00 b8 88 00 00 a0 8c 00 00 88 90 00 00"
	  "70 94 00 00 58 98 00 00 40 9c 00 00 28 a0 00 00"
	  "10 a4 00 00 f8 a7 00 00 e0 ab 00 00 c8 af 00 00"
	  "b0 b3 00 00 98 b7 00 00 80 bb 00 00 68 bf 00 00"
	  "50 c3 00 00 38 c7 00 00 20 cb 00 00 08 cf 00 00"
	  "f0 d2 00 00 d8 d6 00 00 c0 da 00 00 a8 de 00 00"
	  "90 e2 00 00 78 e6 00 00 60 ea 00 00 48 ee 00 00"
	  "30 f2 00 00 18 f6 00 00 00 fa 00 00 e8 fd 00 00"
	  "d0 01 01 00 b8 05 01 00 a0 09 01 00 88 0d 01 00"
	  "70 11 01 00 58 15 01 00 40 19 01 00 28 1d 01 00"
	  "10 21 01 00 f8 24 01 00 e0 28 01 00 c8 2c 01 00"
	  "b0 30 01 00 98 34 01 00 80 38 01 00 68 3c 01 00"
	  "50 40 01 00 38 44 01 00 20 48 01 00 08 4c 01 00"
	  "f0 4f 01 00 d8 53 01 00 c0 57 01 00 a8 5b 01 00"
	  "90 5f 01 00 78 63 01 00 60 67 01 00 48 6b 01 00"
	  "30 6f 01 00 18 73 01 00 00 77 01 00 e8 7a 01 00"
	  "d0 7e 01 00 b8 82 01 00 a0 86 01 00 88 8a 01 00"
	  "70 8e 01 00 58 92 01 00 40 96 01 00 28 9a 01 00"
	  "10 9e 01 00 f8 a1 01 00 e0 a5 01 00 c8 a9 01 00"
	  "b0 ad 01 00 98 b1 01 00 80 b5 01 00 68 b9 01 00"
	  "50 bd 01 00 38 c1 01 00 20 c5 01 00 08 c9 01 00"
	  "f0 cc 01 00 d8 d0 01 00 c0 d4 01 00 a8 d8 01 00"
	  "90 dc 01 00 78 e0 01 00 60 e4 01 00 48 e8 01 00"
	  "30 ec 01 00 18 f0 01 00 00 f4 01 00 e8 f7 01 00"
	  "d0 fb 01 00 b8 ff 01 00 a0 03 02 00 88 07 02 00"
	  "70 0b 02 00 58 0f 02 00 40 13 02 00 28 17 02 00"
	  "10 1b 02 00 f8 1e 02 00 e0 22 02 00 c8 26 02 00"
	  "b0 2a 02 00 98 2e 02 00 80 32 02 00 68 36 02 00"
	  "50 3a 02 00 38 3e 02 00 20 42 02 00 08 46 02 00"
	  "f0 49 02 00 d8 4d 02 00 c0 51 02 00 a8 55 02 00"
	  "90 59 02 00 78 5d 02 00 60 61 02 00 48 65 02 00"
	  "30 69 02 00 18 6d 02 00 00 71 02 00 e8 74 02 00"
	  "d0 78 02 00 b8 7c 02 00 a0 80 02 00 88 84 02 00"
	  "70 88 02 00 58 8c 02 00 40 90 02 00 28 94 02 00"
	  "10 98 02 00 f8 9b 02 00 e0 9f 02 00 c8 a3 02 00"
	  "b0 a7 02 00 98 ab 02 00 80 af 02 00 68 b3 02 00"
	  "50 b7 02 00 38 bb 02 00 20 bf 02 00 08 c3 02 00"
	  "f0 c6 02 00 d8 ca 02 00 c0 ce 02 00 a8 d2 02 00"
	  "90 d6 02 00 78 da 02 00 60 de 02 00 48 e2 02 00"
	  "30 e6 02 00 18 ea 02 00 00 ee 02 00 e8 f1 02 00"
	  "d0 f5 02 00 b8 f9 02 00 a0 fd 02 00 88 01 03 00"
	  "70 05 03 00 58 09 03 00 40 0d 03 00 28 11 03 00"
	  "10 15 03 00 f8 18 03 00 e0 1c 03 00 c8 20 03 00"
	  "b0 24 03 00 98 28 03 00 80 2c 03 00 68 30 03 00"
	  "50 34 03 00 38 38 03 00 20 3c 03 00 08 40 03 00"
	  "f0 43 03 00 d8 47 03 00 c0 4b 03 00 a8 4f 03 00"
	  "90 53 03 00 78 57 03 00 60 5b 03 00 48 5f 03 00"
	  "30 63 03 00 18 67 03 00 00 6b 03 00 e8 6e 03 00"
	  "d0 72 03 00 b8 76 03 00 a0 7a 03 00 88 7e 03 00"
	  "70 82 03 00 58 86 03 00 40 8a 03 00 28 8e 03 00"
	  "10 92 03 00 f8 95 03 00 e0 99 03 00 c8 9d 03 00"
	  "b0 a1 03 00 98 a5 03 00 80 a9 03 00 68 ad 03 00"
	  "50 b1 03 00 38 b5 03 00 20 b9 03 00 08 bd 03 00"
	  "f0 c0 03 00 d8 c4 03 00 c0 c8 03 00 98 cc 03 00"
	  "90 d0 03 00 68 d4 03 00 60 d8 03 00 48 dc 03 00"
	  "30 e0 03 00 18 e4 03 00 00 e8 03 00 04 04 03 00"
	  "f4 01 00 00 e8 03 00 00 dc 05 00 00 d0 07 00 00"
	  "c4 09 00 00 b8 0b 00 00 ac 0d 00 00 a0 0f 00 00"
	  "94 11 00 00 88 13 00 00 7c 15 00 00 70 17 00 00"
	  "64 19 00 00 58 1b 00 00 4c 1d 00 00 40 1f 00 00"
	  "34 21 00 00 28 23 00 00 1c 25 00 00 10 27 00 00"
	  "04 29 00 00 f8 2a 00 00 ec 2c 00 00 e0 2e 00 00"
	  "d4 30 00 00 c8 32 00 00 bc 34 00 00 b0 36 00 00"
	  "a4 38 00 00 98 3a 00 00 8c 3c 00 00 80 3e 00 00"
	  "74 40 00 00 68 42 00 00 5c 44 00 00 50 46 00 00"
	  "44 48 00 00 38 4a 00 00 2c 4c 00 00 20 4e 00 00"
	  "14 50 00 00 08 52 00 00 fc 53 00 00 f0 55 00 00"
	  "e4 57 00 00 d8 59 00 00 cc 5b 00 00 c0 5d 00 00"
	  "b4 5f 00 00 a8 61 00 00 9c 63 00 00 90 65 00 00"
	  "84 67 00 00 78 69 00 00 6c 6b 00 00 60 6d 00 00"
	  "54 6f 00 00 48 71 00 00 3c 73 00 00 30 75 00 00"
	  "24 77 00 00 18 79 00 00 0c 7b 00 00 00 7d 00 00"
	  "f4 7e 00 00 e8 80 00 00 dc 82 00 00 d0 84 00 00"
	  "c4 86 00 00 b8 88 00 00 ac 8a 00 00 a0 8c 00 00"
	  "94 8e 00 00 88 90 00 00 7c 92 00 00 70 94 00 00"
	  "64 96 00 00 58 98 00 00 4c 9a 00 00 40 9c 00 00"
	  "34 9e 00 00 28 a0 00 00 1c a2 00 00 10 a4 00 00"
	  "04 a6 00 00 f8 a7 00 00 ec a9 00 00 e0 ab 00 00"
	  "d4 ad 00 00 c8 af 00 00 bc b1 00 00 b0 b3 00 00"
	  "a4 b5 00 00 98 b7 00 00 8c b9 00 00 80 bb 00 00"
	  "74 bd 00 00 68 bf 00 00 5c c1 00 00 50 c3 00 00"
	  "44 c5 00 00 38 c7 00 00 2c c9 00 00 20 cb 00 00"
	  "14 cd 00 00 08 cf 00 00 fc d0 00 00 f0 d2 00 00"
	  "e4 d4 00 00 d8 d6 00 00 cc d8 00 00 c0 da 00 00"
	  "b4 dc 00 00 a8 de 00 00 9c e0 00 00 90 e2 00 00"
	  "84 e4 00 00 78 e6 00 00 6c e8 00 00 60 ea 00 00"
	  "54 ec 00 00 48 ee 00 00 3c f0 00 00 30 f2 00 00"
	  "24 f4 00 00 18 f6 00 00 0c f8 00 00 00 fa 00 00"
	  "f4 fb 00 00 e8 fd 00 00 dc ff 00 00 d0 01 01 00"
	  "c4 03 01 00 b8 05 01 00 ac 07 01 00 a0 09 01 00"
	  "94 0b 01 00 88 0d 01 00 7c 0f 01 00 70 11 01 00"
	  "64 13 01 00 58 15 01 00 4c 17 01 00 40 19 01 00"
	  "34 1b 01 00 28 1d 01 00 1c 1f 01 00 10 21 01 00"
	  "04 23 01 00 f8 24 01 00 ec 26 01 00 e0 28 01 00"
	  "d4 2a 01 00 c8 2c 01 00 bc 2e 01 00 b0 30 01 00"
	  "a4 32 01 00 98 34 01 00 8c 36 01 00 80 38 01 00"
	  "74 3a 01 00 68 3c 01 00 5c 3e 01 00 50 40 01 00"
	  "44 42 01 00 38 44 01 00 2c 46 01 00 20 48 01 00"
	  "14 4a 01 00 08 4c 01 00 fc 4d 01 00 f0 4f 01 00"
	  "e4 51 01 00 d8 53 01 00 cc 55 01 00 c0 57 01 00"
	  "b4 59 01 00 a8 5b 01 00 9c 5d 01 00 90 5f 01 00"
	  "84 61 01 00 78 63 01 00 6c 65 01 00 60 67 01 00"
	  "54 69 01 00 48 6b 01 00 3c 6d 01 00 30 6f 01 00"
	  "24 71 01 00 18 73 01 00 0c 75 01 00 00 77 01 00"
	  "f4 78 01 00 e8 7a 01 00 dc 7c 01 00 d0 7e 01 00"
	  "c4 80 01 00 b8 82 01 00 ac 84 01 00 a0 86 01 00"
	  "94 88 01 00 88 8a 01 00 7c 8c 01 00 70 8e 01 00"
	  "64 90 01 00 58 92 01 00 4c 94 01 00 40 96 01 00"
	  "34 98 01 00 28 9a 01 00 1c 9c 01 00 10 9e 01 00"
	  "04 a0 01 00 f8 a1 01 00 ec a3 01 00 e0 a5 01 00"
	  "d4 a7 01 00 c8 a9 01 00 bc ab 01 00 b0 ad 01 00"
	  "a4 af 01 00 98 b1 01 00 8c b3 01 00 80 b5 01 00"
	  "74 b7 01 00 68 b9 01 00 5c bb 01 00 50 bd 01 00"
	  "44 bf 01 00 38 c1 01 00 2c c3 01 00 20 c5 01 00"
	  "14 c7 01 00 08 c9 01 00 fc ca 01 00 f0 cc 01 00"
	  "e4 ce 01 00 d8 d0 01 00 cc d2 01 00 c0 d4 01 00"
	  "b4 d6 01 00 a8 d8 01 00 9c da 01 00 90 dc 01 00"
	  "84 de 01 00 78 e0 01 00 6c e2 01 00 60 e4 01 00"
	  "44 e6 01 00 48 e8 01 00 2c ea 01 00 30 ec 01 00"
	  "24 ee 01 00 18 f0 01 00 0c f2 01 00 00 f4 01 00" },
	{ "sfq", 0,
	  "44 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 08 00 01 00 73 66 71 00 18 00 02 80"
	  "ea 05 00 00 0a 00 00 00 64 00 00 00 00 00 00 00"
	  "00 00 00 00" },
	{ "prio", 0,
	  "48 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 09 00 01 00 70 72 69 6f 00 00 00 00"
	  "18 00 02 80 03 00 00 00 01 02 02 02 01 02 00 00"
	  "01 01 01 01 01 01 01 01" },
	{ "pfifo", 0,
	  "38 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 0a 00 01 00 70 66 69 66 6f 00 00 00"
	  "08 00 02 80 4d 00 00 00" },
	{ "fq_codel", 0,
	  "68 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 0d 00 01 00 66 71 5f 63 6f 64 65 6c"
	  "00 00 00 00 34 00 02 80 08 00 02 00 e8 03 00 00"
	  "08 00 03 00 a0 86 01 00 08 00 01 00 88 13 00 00"
	  "08 00 06 00 ea 05 00 00 08 00 05 00 00 04 00 00"
	  "08 00 04 00 01 00 00 00" },
	{ "hfsc", 0,
	  "38 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 09 00 01 00 68 66 73 63 00 00 00 00"
	  "08 00 02 80 10 00 00 00" },
	{ "mqprio", 0,
	  "d0 00 00 00 24 00 00 04 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 0b 00 01 00 6d 71 70 72 69 6f 00 00"
	  "a0 00 02 80 02 00 01 00 01 00 00 00 00 00 00 00"
	  "00 00 00 00 00 01 01 00 01 00 00 00 00 00 00 00"
	  "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00"
	  "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 00 00 00 00 06 00 01 00 01 00 00 00"
	  "06 00 02 00 01 00 00 00 1c 00 03 80 0c 00 03 00"
	  "e8 03 00 00 00 00 00 00 0c 00 03 00 d0 07 00 00"
	  "00 00 00 00 1c 00 04 80 0c 00 04 00 b8 0b 00 00"
	  "00 00 00 00 0c 00 04 00 a0 0f 00 00 00 00 00 00" },
	{ "ingress", 0,
	  "30 00 00 00 24 00 00 04 00 00 00 00 00 00 00 00"
	  "00 00 00 00 03 00 00 00 00 00 00 00 f1 ff ff ff"
	  "00 00 00 00 0c 00 01 00 69 6e 67 72 65 73 73 00" },
	{ "qdisc_delete", 0,
	  "2c 00 00 00 25 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 08 00 01 00 73 66 71 00" },
	{ "qdisc_change", 0,
	  "44 00 00 00 24 00 00 01 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 01 00 ff ff ff ff"
	  "00 00 00 00 08 00 01 00 73 66 71 00 18 00 02 80"
	  "00 00 00 00 00 00 00 00 0a 00 00 00 00 00 00 00"
	  "00 00 00 00" },
	{ "u32", 0,
	  "7c 00 00 00 2c 00 00 04 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 08 00 00 00 00 01 00"
	  "08 00 05 00 08 00 01 00 75 33 32 00 50 00 02 80"
	  "08 00 01 00 05 00 01 00 44 00 05 00 0b 00 03 00"
	  "00 00 00 00 00 00 00 00 00 00 00 00 ff 00 00 00"
	  "0a 00 00 00 10 00 00 00 00 00 00 00 00 00 ff ff"
	  "00 00 12 34 14 00 00 00 00 00 00 00 00 0f 00 00"
	  "00 05 00 00 08 00 00 00 00 00 00 00" },
	{ "cgroup", 0,
	  "34 00 00 00 2c 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 08 00 00 00 00 01 00"
	  "08 00 05 00 0b 00 01 00 63 67 72 6f 75 70 00 00"
	  "04 00 02 80" },
	{ "flower", 0,
	  "bc 00 00 00 2c 00 00 04 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 08 00 00 00 00 01 00"
	  "08 00 05 00 0b 00 01 00 66 6c 6f 77 65 72 00 00"
	  "8c 00 02 80 08 00 16 00 01 00 00 00 06 00 08 00"
	  "81 00 00 00 06 00 17 00 0a 00 00 00 05 00 18 00"
	  "01 00 00 00 06 00 19 00 08 00 00 00 0a 00 04 00"
	  "02 00 00 00 00 01 00 00 0a 00 05 00 ff ff ff 00"
	  "00 00 00 00 0a 00 06 00 02 00 00 00 00 01 00 00"
	  "0a 00 07 00 ff ff ff 00 00 00 00 00 05 00 49 00"
	  "2e 00 00 00 05 00 4a 00 3f 00 00 00 08 00 0a 00"
	  "0a 00 00 01 08 00 0b 00 ff ff ff 00 08 00 0c 00"
	  "0a 00 01 01 08 00 0d 00 ff ff 00 00" },
	{ "cls_delete", 0,
	  "2c 00 00 00 2d 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 08 00 00 00 00 01 00"
	  "08 00 05 00 08 00 01 00 75 33 32 00" },
	{ "gact_fresh", 0,
	  "44 00 00 00 30 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 30 00 01 80 2c 00 01 80 09 00 01 00"
	  "67 61 63 74 00 00 00 00 1c 00 02 80 18 00 02 00"
	  "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00" },
	{ "mirred", 0,
	  "4c 00 00 00 30 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 38 00 01 80 34 00 01 80 0b 00 01 00"
	  "6d 69 72 72 65 64 00 00 24 00 02 80 20 00 02 00"
	  "00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00"
	  "00 00 00 00 01 00 00 00 04 00 00 00" },
	{ "nat", 0,
	  "50 00 00 00 30 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 3c 00 01 80 38 00 01 80 08 00 01 00"
	  "6e 61 74 00 2c 00 02 80 28 00 01 00 00 00 00 00"
	  "00 00 00 00 03 00 00 00 00 00 00 00 00 00 00 00"
	  "0a 00 00 00 c0 a8 00 00 ff ff 00 00 01 00 00 00" },
	{ "skbedit", 0,
	  "5c 00 00 00 30 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 48 00 01 80 44 00 01 80 0c 00 01 00"
	  "73 6b 62 65 64 69 74 00 34 00 02 80 18 00 02 00"
	  "00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00"
	  "00 00 00 00 08 00 05 00 07 00 00 00 08 00 03 00"
	  "01 00 01 00 08 00 04 00 03 00 00 00" },
	{ "vlan_act", 0,
	  "60 00 00 00 30 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 4c 00 01 80 48 00 01 80 09 00 01 00"
	  "76 6c 61 6e 00 00 00 00 38 00 02 80 1c 00 02 00"
	  "00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 06 00 03 00 2a 00 00 00"
	  "06 00 04 00 88 a8 00 00 05 00 06 00 05 00 00 00" },
	{ "act_list", 0,
	  "70 00 00 00 30 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 5c 00 01 80 2c 00 01 80 09 00 01 00"
	  "67 61 63 74 00 00 00 00 1c 00 02 80 18 00 02 00"
	  "00 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00"
	  "00 00 00 00 2c 00 03 80 09 00 01 00 67 61 63 74"
	  "00 00 00 00 1c 00 02 80 18 00 02 00 00 00 00 00"
	  "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00" },
};

START_TEST(requests)
{
	const struct pc_case *c = &pc_cases[_i];
	struct nl_msg *m = NULL;
	unsigned int i;

	for (i = 0; i < ARRAY_LEN(expected); i++)
		if (!strcmp(expected[i].name, c->name))
			break;
	ck_assert_uint_lt(i, ARRAY_LEN(expected));
	ck_assert_int_eq(c->build(&m), expected[i].ret);
	parity_assert_msg(m, expected[i].hex);
	nlmsg_free(m);
}
END_TEST

/* Absent values, as upstream reports them. */
START_TEST(absent_values)
{
	struct rtnl_qdisc *q = pc_qdisc("tbf"), *p = pc_qdisc("prio");
	struct rtnl_qdisc *mq = pc_qdisc("mqprio");
	struct rtnl_class *c = rtnl_class_alloc();
	struct rtnl_act *g = pc_act("gact"), *n = pc_act("nat");
	struct rtnl_act *s = pc_act("skbedit"), *mi = pc_act("mirred");
	uint32_t u = 7;
	int i = 7;

	ck_assert_int_eq(rtnl_qdisc_tbf_get_rate(q), -NLE_FAILURE);
	ck_assert_int_eq(rtnl_qdisc_tbf_get_peakrate_cell(q), -NLE_FAILURE);
	ck_assert_int_eq(rtnl_qdisc_tbf_set_peakrate(q, 1000, 100, 0),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_qdisc_prio_get_bands(p), -NLE_NOMEM);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_hw_offload(mq), 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_num_tc(mq), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_mode(mq), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_shaper(mq), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_num_tc(mq, 17), 0);
	rtnl_tc_set_kind(TC_CAST(c), "htb");
	ck_assert_int_eq(rtnl_htb_get_level(c), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_gact_get_action(g), 0);
	ck_assert_int_eq(rtnl_nat_get_action(n, &i), 0);
	ck_assert_int_eq(i, 0);
	ck_assert_int_eq(rtnl_nat_get_mask(n, &u), 0);
	ck_assert_uint_eq(u, 0);
	ck_assert_int_eq(rtnl_skbedit_get_action(s), 0);
	ck_assert_int_eq(rtnl_skbedit_get_mark(s, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_mirred_get_action(mi), 0);
	ck_assert_uint_eq(rtnl_tc_get_mtu(TC_CAST(q)), 1500);
	ck_assert_uint_eq(rtnl_tc_get_linktype(TC_CAST(q)), 1);
	/* tc objects have no attribute names */
	ck_assert_str_eq(parity_attrs(q), "");
	rtnl_qdisc_put(q);
	rtnl_qdisc_put(p);
	rtnl_qdisc_put(mq);
	rtnl_class_put(c);
	rtnl_act_put(g);
	rtnl_act_put(n);
	rtnl_act_put(s);
	rtnl_act_put(mi);
}
END_TEST

/* What upstream demands of a request. */
START_TEST(demands)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc();
	struct rtnl_class *c = rtnl_class_alloc();
	struct rtnl_cls *f = rtnl_cls_alloc();
	struct rtnl_act *a = rtnl_act_alloc();
	struct nl_msg *m = NULL;

	rtnl_tc_set_ifindex(TC_CAST(q), 3);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &m),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_build_delete_request(q, &m),
			 -NLE_MISSING_ATTR);
	rtnl_tc_set_kind(TC_CAST(q), "red");
	rtnl_tc_set_parent(TC_CAST(q), TC_H_ROOT);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &m),
			 -NLE_OPNOTSUPP);
	/* a class needs nothing, its deletion an index and a handle */
	ck_assert_int_eq(rtnl_class_build_add_request(c, 0, &m), 0);
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_class_build_delete_request(c, &m),
			 -NLE_MISSING_ATTR);
	/* a classifier needs an index, its deletion a priority */
	ck_assert_int_eq(rtnl_cls_build_add_request(f, NLM_F_CREATE, &m),
			 -NLE_MISSING_ATTR);
	rtnl_tc_set_ifindex(TC_CAST(f), 3);
	ck_assert_int_eq(rtnl_cls_build_delete_request(f, 0, &m),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_cls_build_add_request(f, 0, &m),
			 -NLE_MISSING_ATTR);
	rtnl_tc_set_kind(TC_CAST(f), "cgroup");
	rtnl_cls_set_prio(f, 1);
	ck_assert_int_eq(rtnl_cls_build_add_request(f, 0, &m),
			 -NLE_MISSING_ATTR);	/* cgroup: handle */
	/* actions without kind put nothing */
	ck_assert_int_eq(rtnl_act_build_add_request(a, 0, &m), 0);
	ck_assert_uint_eq(nlmsg_hdr(m)->nlmsg_len,
			  NLMSG_LENGTH(sizeof(struct tcamsg)));
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_act_build_add_request(NULL, 0, &m), 0);
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_act_append(&a, NULL), 0);
	rtnl_act_put(a);
	a = pc_act("vlan");
	ck_assert_int_eq(rtnl_act_build_add_request(a, 0, &m),
			 -NLE_MISSING_ATTR);	/* vlan: mode */
	rtnl_qdisc_put(q);
	rtnl_class_put(c);
	rtnl_cls_put(f);
	rtnl_act_put(a);
}
END_TEST

/* Setters' checks as upstream has them: vlan values out of range are
 * -NLE_RANGE, flower DSCP is taken as given, an empty kind is a kind. */
START_TEST(setter_codes)
{
	struct rtnl_act *a = pc_act("vlan");
	struct rtnl_cls *f = rtnl_cls_alloc();
	struct rtnl_qdisc *q = rtnl_qdisc_alloc();
	struct nl_msg *m = NULL;
	uint16_t id = 7;
	uint8_t d = 0, dm = 0;

	ck_assert_int_eq(rtnl_vlan_set_mode(a, 99), -NLE_RANGE);
	ck_assert_int_eq(rtnl_vlan_set_vlan_id(a, 5000), -NLE_RANGE);
	ck_assert_int_eq(rtnl_vlan_set_vlan_prio(a, 9), -NLE_RANGE);
	ck_assert_int_eq(rtnl_vlan_get_vlan_id(a, &id), -NLE_MISSING_ATTR);
	ck_assert_uint_eq(id, 7);

	rtnl_tc_set_kind(TC_CAST(f), "flower");
	ck_assert_int_eq(rtnl_flower_set_ip_dscp(f, 64, 0xff), 0);
	ck_assert_int_eq(rtnl_flower_get_ip_dscp(f, &d, &dm), 0);
	ck_assert_uint_eq(d, 64);
	ck_assert_uint_eq(dm, 0xff);

	rtnl_tc_set_ifindex(TC_CAST(q), 2);
	rtnl_tc_set_parent(TC_CAST(q), TC_H_ROOT);
	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(q), NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(q), ""), 0);
	ck_assert_str_eq(rtnl_tc_get_kind(TC_CAST(q)), "");
	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(q), "sfq"), -NLE_EXIST);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &m), 0);
	parity_assert_msg(m,
	  "2c 00 00 00 24 00 00 00 00 00 00 00 00 00 00 00"
	  "00 00 00 00 02 00 00 00 00 00 00 00 ff ff ff ff"
	  "00 00 00 00 05 00 01 00 00 00 00 00");
	nlmsg_free(m);
	rtnl_act_put(a);
	rtnl_cls_put(f);
	rtnl_qdisc_put(q);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("parity-tc");
	TCase *tc = tcase_create("tc");

	tcase_add_loop_test(tc, requests, 0, ARRAY_LEN(pc_cases));
	tcase_add_test(tc, absent_values);
	tcase_add_test(tc, demands);
	tcase_add_test(tc, setter_codes);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
