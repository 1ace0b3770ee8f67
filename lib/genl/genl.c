/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic netlink messages: connecting, sending a bare request, and the
 * accessors of the generic header, the family header and the attributes.
 */

#include "nl-genl.h"

/**
 * Connect @a sk to NETLINK_GENERIC.
 * @return 0, or the error of nl_connect().
 */
int genl_connect(struct nl_sock *sk)
{
	return nl_connect(sk, NETLINK_GENERIC);
}

/**
 * Send a request made of a generic netlink header only: command @a cmd,
 * version @a version, to family @a family, with NLM_F_REQUEST | @a flags.
 * @return bytes sent, or a negative error code.
 */
int genl_send_simple(struct nl_sock *sk, int family, int cmd, int version,
		     int flags)
{
	struct genlmsghdr hdr = {
		.cmd = cmd,
		.version = version,
	};

	return nl_send_simple(sk, family, flags, &hdr, sizeof(hdr));
}

/**
 * Append a netlink header (type @a family, @a flags, @a port, @a seq), a
 * generic netlink header (@a cmd, @a version) and @a hdrlen zeroed bytes
 * for the family's header to @a msg.
 * @return the family header, or NULL when @a msg has no room.
 */
void *genlmsg_put(struct nl_msg *msg, uint32_t port, uint32_t seq, int family,
		  int hdrlen, int flags, uint8_t cmd, uint8_t version)
{
	struct nlmsghdr *nlh;
	struct genlmsghdr *ghdr;

	/* -3..-1 align to no family header; below that there is no message. */
	if (hdrlen < -3)
		return NULL;
	if (hdrlen < 0)
		hdrlen = 0;
	nlh = nlmsg_put(msg, port, seq, family, GENL_HDRLEN + hdrlen, flags);
	if (!nlh)
		return NULL;
	ghdr = nlmsg_data(nlh);
	ghdr->cmd = cmd;
	ghdr->version = version;
	ghdr->reserved = 0;
	NL_DBG(2, "msg %p: added generic netlink header cmd=%d version=%d\n",
	       msg, cmd, version);
	return (char *)ghdr + GENL_HDRLEN;
}

/**
 * Whether @a nlh holds a whole generic header and @a hdrlen bytes of
 * family header.
 * @return 1 or 0.
 */
int genlmsg_valid_hdr(struct nlmsghdr *nlh, int hdrlen)
{
	if (hdrlen < -3 || !nlmsg_valid_hdr(nlh, GENL_HDRLEN))
		return 0;
	if (hdrlen < 0)
		hdrlen = 0;
	return nlh->nlmsg_len >= (uint32_t)nlmsg_size(GENL_HDRLEN) +
					   (uint32_t)NLMSG_ALIGN(hdrlen);
}

/**
 * Validate the attributes of @a nlh (after @a hdrlen bytes of family
 * header) against @a policy.
 * @return 0, -NLE_MSG_TOOSHORT, or the error of nla_validate().
 */
int genlmsg_validate(struct nlmsghdr *nlh, int hdrlen, int maxtype,
		     const struct nla_policy *policy)
{
	struct genlmsghdr *ghdr;

	if (!genlmsg_valid_hdr(nlh, hdrlen))
		return -NLE_MSG_TOOSHORT;
	ghdr = nlmsg_data(nlh);
	return nla_validate(genlmsg_attrdata(ghdr, hdrlen),
			    genlmsg_attrlen(ghdr, hdrlen), maxtype,
			    (struct nla_policy *)policy);
}

/**
 * Parse the attributes of @a nlh (after @a hdrlen bytes of family header)
 * into @a tb, which has @a maxtype + 1 slots; validate them against
 * @a policy when not NULL.
 * @return 0, -NLE_MSG_TOOSHORT, or the error of nla_parse().
 */
int genlmsg_parse(struct nlmsghdr *nlh, int hdrlen, struct nlattr **tb,
		  int maxtype, const struct nla_policy *policy)
{
	struct genlmsghdr *ghdr;

	if (!genlmsg_valid_hdr(nlh, hdrlen))
		return -NLE_MSG_TOOSHORT;
	ghdr = nlmsg_data(nlh);
	return nla_parse(tb, maxtype, genlmsg_attrdata(ghdr, hdrlen),
			 genlmsg_attrlen(ghdr, hdrlen),
			 (struct nla_policy *)policy);
}

/** The generic netlink header of @a nlh. */
struct genlmsghdr *genlmsg_hdr(struct nlmsghdr *nlh)
{
	return nlmsg_data(nlh);
}

/** Length of the payload that follows the generic header of @a gnlh. */
int genlmsg_len(const struct genlmsghdr *gnlh)
{
	const struct nlmsghdr *nlh;

	nlh = (const struct nlmsghdr *)((const unsigned char *)gnlh -
					NLMSG_HDRLEN);
	return nlh->nlmsg_len - GENL_HDRLEN - NLMSG_HDRLEN;
}

/** Start of the payload that follows the generic header of @a gnlh. */
void *genlmsg_data(const struct genlmsghdr *gnlh)
{
	return (unsigned char *)gnlh + GENL_HDRLEN;
}

/** The family's header of @a gnlh. */
void *genlmsg_user_hdr(const struct genlmsghdr *gnlh)
{
	return genlmsg_data(gnlh);
}

/** The payload after a family header of @a hdrlen bytes. */
void *genlmsg_user_data(const struct genlmsghdr *gnlh, const int hdrlen)
{
	return (unsigned char *)genlmsg_user_hdr(gnlh) + NLMSG_ALIGN(hdrlen);
}

/** Length of the payload after a family header of @a hdrlen bytes. */
int genlmsg_user_datalen(const struct genlmsghdr *gnlh, const int hdrlen)
{
	return genlmsg_len(gnlh) - NLMSG_ALIGN(hdrlen);
}

/** The first attribute after a family header of @a hdrlen bytes. */
struct nlattr *genlmsg_attrdata(const struct genlmsghdr *gnlh, int hdrlen)
{
	return genlmsg_user_data(gnlh, hdrlen);
}

/** Length of the attributes after a family header of @a hdrlen bytes. */
int genlmsg_attrlen(const struct genlmsghdr *gnlh, int hdrlen)
{
	return genlmsg_user_datalen(gnlh, hdrlen);
}
