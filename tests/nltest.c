/* SPDX-License-Identifier: LGPL-2.1-only */

#include <errno.h>
#include <sched.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "nltest.h"

void nltest_enter_netns(void)
{
	if (geteuid() != 0) {
		fprintf(stderr, "SKIP: kernel tests need root\n");
		exit(77);
	}
	if (unshare(CLONE_NEWNET) < 0) {
		fprintf(stderr, "SKIP: unshare(CLONE_NEWNET): %s\n", strerror(errno));
		exit(77);
	}
	if (nltest_sh("ip link set lo up") != 0) {
		fprintf(stderr, "SKIP: iproute2 is not usable here\n");
		exit(77);
	}
}

int nltest_sh(const char *fmt, ...)
{
	char cmd[4096];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = system(cmd);
	if (rc == -1 || !WIFEXITED(rc))
		return -1;
	return WEXITSTATUS(rc);
}

int nltest_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* Injected replies                                                     */

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/handlers.h>
#include <netlink/msg.h>
#include <netlink/errno.h>

void nltest_batch_init(struct nltest_batch *b)
{
	memset(b, 0, sizeof(*b));
}

void nltest_batch_clear(struct nltest_batch *b)
{
	free(b->buf);
	nltest_batch_init(b);
}

static struct nlmsghdr *batch_grow(struct nltest_batch *b, size_t len)
{
	size_t need = b->len + NLMSG_ALIGN(len);
	struct nlmsghdr *nlh;

	if (need > b->cap) {
		size_t cap = b->cap ? b->cap : 256;

		while (cap < need)
			cap *= 2;
		b->buf = realloc(b->buf, cap);
		if (!b->buf) {
			fprintf(stderr, "nltest: out of memory\n");
			abort();
		}
		b->cap = cap;
	}
	nlh = (struct nlmsghdr *)(b->buf + b->len);
	memset(nlh, 0, NLMSG_ALIGN(len));
	b->len = need;
	return nlh;
}

void nltest_batch_raw(struct nltest_batch *b, const struct nlmsghdr *nlh)
{
	struct nlmsghdr *dst = batch_grow(b, nlh->nlmsg_len);

	memcpy(dst, nlh, nlh->nlmsg_len);
}

void nltest_batch_msg(struct nltest_batch *b, const struct nlmsghdr *nlh,
		      uint16_t flags, uint32_t seq)
{
	struct nlmsghdr *dst = batch_grow(b, nlh->nlmsg_len);

	memcpy(dst, nlh, nlh->nlmsg_len);
	dst->nlmsg_flags = flags;
	dst->nlmsg_seq = seq;
}

void nltest_batch_data(struct nltest_batch *b, uint16_t type, uint16_t flags,
		       uint32_t seq, const void *payload, size_t len)
{
	struct nlmsghdr *nlh = batch_grow(b, NLMSG_LENGTH(len));

	nlh->nlmsg_len = NLMSG_LENGTH(len);
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_seq = seq;
	if (payload && len)
		memcpy(NLMSG_DATA(nlh), payload, len);
}

void nltest_batch_done(struct nltest_batch *b, uint16_t flags, uint32_t seq)
{
	int zero = 0;

	nltest_batch_data(b, NLMSG_DONE, flags, seq, &zero, sizeof(zero));
}

void nltest_batch_error(struct nltest_batch *b, uint16_t flags, uint32_t seq,
			int error, uint16_t req_type)
{
	struct nlmsgerr e;

	memset(&e, 0, sizeof(e));
	e.error = error;
	e.msg.nlmsg_len = NLMSG_LENGTH(0);
	e.msg.nlmsg_type = req_type;
	e.msg.nlmsg_flags = NLM_F_REQUEST;
	e.msg.nlmsg_seq = seq;
	nltest_batch_data(b, NLMSG_ERROR, flags, seq, &e, sizeof(e));
}

struct inj_read {
	struct inj_read *next;
	int err;
	size_t len;
	unsigned char *buf;
};

struct inj_sock {
	struct nl_sock *sk;
	struct inj_read *head, **tail;
	unsigned int pending, underruns, sent;
	struct nlmsghdr *last_req;
	nltest_inj_send_fn on_send;
	void *on_send_arg;
};

static struct inj_sock inj_socks[16];

static struct inj_sock *inj_find(struct nl_sock *sk)
{
	size_t i;

	for (i = 0; i < sizeof(inj_socks) / sizeof(inj_socks[0]); i++)
		if (inj_socks[i].sk == sk)
			return &inj_socks[i];
	fprintf(stderr, "nltest: socket %p is not attached\n", (void *)sk);
	abort();
}

static int inj_recv(struct nl_sock *sk, struct sockaddr_nl *nla,
		    unsigned char **buf, struct ucred **creds)
{
	struct inj_sock *is = inj_find(sk);
	struct inj_read *r = is->head;
	int ret;

	if (creds)
		*creds = NULL;
	if (!r) {
		is->underruns++;
		return 0;
	}
	is->head = r->next;
	if (!is->head)
		is->tail = &is->head;
	is->pending--;

	if (nla) {
		memset(nla, 0, sizeof(*nla));
		nla->nl_family = AF_NETLINK;
	}
	if (r->err) {
		ret = r->err;
		free(r->buf);
	} else {
		struct nlmsghdr *nlh = (struct nlmsghdr *)r->buf;
		size_t left = r->len;

		/* Patch NLTEST_SEQ_REQ with the last request's sequence. */
		while (left >= sizeof(*nlh) && nlh->nlmsg_len >= sizeof(*nlh) &&
		       nlh->nlmsg_len <= left) {
			if (nlh->nlmsg_seq == NLTEST_SEQ_REQ)
				nlh->nlmsg_seq = is->last_req ?
					is->last_req->nlmsg_seq : 0;
			if (NLMSG_ALIGN(nlh->nlmsg_len) >= left)
				break;
			left -= NLMSG_ALIGN(nlh->nlmsg_len);
			nlh = (struct nlmsghdr *)((unsigned char *)nlh +
						  NLMSG_ALIGN(nlh->nlmsg_len));
		}
		*buf = r->buf;
		ret = (int)r->len;
	}
	free(r);
	return ret;
}

static int inj_send(struct nl_sock *sk, struct nl_msg *msg)
{
	struct inj_sock *is = inj_find(sk);
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	free(is->last_req);
	is->last_req = malloc(nlh->nlmsg_len);
	if (!is->last_req)
		abort();
	memcpy(is->last_req, nlh, nlh->nlmsg_len);
	is->sent++;
	if (is->on_send)
		is->on_send(sk, is->last_req, is->sent, is->on_send_arg);
	return (int)nlh->nlmsg_len;
}

void nltest_inj_cb(struct nl_cb *cb)
{
	nl_cb_overwrite_recv(cb, inj_recv);
	nl_cb_overwrite_send(cb, inj_send);
}

int nltest_inj_attach(struct nl_sock *sk)
{
	struct nl_cb *cb;
	size_t i;

	for (i = 0; i < sizeof(inj_socks) / sizeof(inj_socks[0]); i++) {
		if (inj_socks[i].sk)
			continue;
		memset(&inj_socks[i], 0, sizeof(inj_socks[i]));
		inj_socks[i].sk = sk;
		inj_socks[i].tail = &inj_socks[i].head;
		cb = nl_socket_get_cb(sk);
		nltest_inj_cb(cb);
		nl_cb_put(cb);
		return 0;
	}
	return -1;
}

void nltest_inj_detach(struct nl_sock *sk)
{
	struct inj_sock *is = inj_find(sk);
	struct inj_read *r;

	while ((r = is->head)) {
		is->head = r->next;
		free(r->buf);
		free(r);
	}
	free(is->last_req);
	memset(is, 0, sizeof(*is));
}

static void inj_queue(struct nl_sock *sk, unsigned char *buf, size_t len,
		      int err)
{
	struct inj_sock *is = inj_find(sk);
	struct inj_read *r = calloc(1, sizeof(*r));

	if (!r)
		abort();
	r->buf = buf;
	r->len = len;
	r->err = err;
	*is->tail = r;
	is->tail = &r->next;
	is->pending++;
}

void nltest_inj_push(struct nl_sock *sk, struct nltest_batch *b)
{
	inj_queue(sk, b->buf, b->len, 0);
	nltest_batch_init(b);
}

void nltest_inj_push_bytes(struct nl_sock *sk, const void *buf, size_t len)
{
	unsigned char *copy = malloc(len ? len : 1);

	if (!copy)
		abort();
	memcpy(copy, buf, len);
	inj_queue(sk, copy, len, 0);
}

void nltest_inj_push_error(struct nl_sock *sk, int err)
{
	inj_queue(sk, NULL, 0, err < 0 ? err : -NLE_FAILURE);
}

unsigned int nltest_inj_pending(struct nl_sock *sk)
{
	return inj_find(sk)->pending;
}

unsigned int nltest_inj_underruns(struct nl_sock *sk)
{
	return inj_find(sk)->underruns;
}

unsigned int nltest_inj_sent(struct nl_sock *sk)
{
	return inj_find(sk)->sent;
}

const struct nlmsghdr *nltest_inj_last_request(struct nl_sock *sk)
{
	return inj_find(sk)->last_req;
}

void nltest_inj_on_send(struct nl_sock *sk, nltest_inj_send_fn fn, void *arg)
{
	struct inj_sock *is = inj_find(sk);

	is->on_send = fn;
	is->on_send_arg = arg;
}
