/**
 * Our credentials may be used by our own nodes only. Every credential class of the package has:
 *
 *   supportedNodes = ourNodes('<actionNode>', '<triggerNode>');
 *   restrictToSupportedNodes = ONLY_OUR_NODES;
 *   hideDomainRestrictionFields = true;
 *
 * n8n (>= 2.41) then refuses the credential to every other node, the HTTP Request node and its AI
 * tool included, when a workflow is saved and when a node asks for it at run time: a signed request
 * can only be made by our nodes, through the Safety Limits, checks and unknown-outcome rules. The
 * "Allowed HTTP Request Domains" fields n8n would add are hidden: they do nothing for our nodes.
 *
 * Names are the short node names (`description.name`): n8n prefixes them with the name of the
 * package that installed them (so they match in the bundle and in each per-provider package), and
 * adds the `<name>Tool` variant of each node usable as an AI tool. n8n infers the same list from the
 * nodes that declare the credential; this one states it where the credential is read.
 */
export const ONLY_OUR_NODES = true as const;

/** The short names of the nodes that may use a credential: the action node (and its AI tool), others. */
export function ourNodes(actionNode: string, ...otherNodes: string[]): string[] {
	return [actionNode, `${actionNode}Tool`, ...otherNodes];
}
