import type { IDataObject, IHookFunctions } from 'n8n-workflow';

/**
 * The two ways a trigger's URL reaches a provider, as n8n webhookMethods (activation calls
 * checkExists, then create when it returned false; deactivation calls delete).
 */
type WebhookMethods = {
	default: {
		checkExists(this: IHookFunctions): Promise<boolean>;
		create(this: IHookFunctions): Promise<boolean>;
		delete(this: IHookFunctions): Promise<boolean>;
	};
};

/**
 * Manual: the provider has no API to register a URL; the user pastes the trigger's URL into the
 * provider's dashboard (or into each request). Activation checks the settings instead, so a
 * misconfigured trigger fails loudly at once.
 */
export function manualRegistration(
	check: (this: IHookFunctions) => Promise<void> | void,
): WebhookMethods {
	return {
		default: {
			async checkExists() {
				return false;
			},
			async create() {
				await check.call(this);
				return true;
			},
			async delete() {
				// Nothing was registered at the provider, so there is nothing to remove.
				return true;
			},
		},
	};
}

/** What a provider's API offers to register a webhook URL. */
export interface WebhookRegistrar {
	/** Whether the registration with this id still exists at the provider (false when deleted there). */
	exists(this: IHookFunctions, id: string, url: string): Promise<boolean>;
	/** Registers the URL; returns the provider's id of the registration (and a signing secret, if any). */
	create(this: IHookFunctions, url: string): Promise<{ id: string; secret?: string }>;
	/** Removes the registration; a registration already gone is not an error. */
	remove(this: IHookFunctions, id: string): Promise<void>;
}

/**
 * Registering: the trigger registers its URL through the provider's API on activation and removes
 * it on deactivation; the registration id (and secret) live in the workflow's static data. A
 * registration deleted at the provider is created again on the next activation. In queue mode only
 * the main process activates triggers, so a URL is registered once, not once per process.
 */
export function registeringWebhook(registrar: WebhookRegistrar): WebhookMethods {
	return {
		default: {
			async checkExists() {
				const data = this.getWorkflowStaticData('node') as IDataObject;
				const url = this.getNodeWebhookUrl('default') as string;
				if (typeof data.webhookId !== 'string') return false;
				if (data.webhookUrl === url && (await registrar.exists.call(this, data.webhookId, url)))
					return true;
				// Gone at the provider, or registered for another URL: forget it, create anew.
				delete data.webhookId;
				delete data.webhookUrl;
				delete data.webhookSecret;
				return false;
			},
			async create() {
				const url = this.getNodeWebhookUrl('default') as string;
				const { id, secret } = await registrar.create.call(this, url);
				const data = this.getWorkflowStaticData('node') as IDataObject;
				data.webhookId = id;
				data.webhookUrl = url;
				if (secret !== undefined) data.webhookSecret = secret;
				return true;
			},
			async delete() {
				const data = this.getWorkflowStaticData('node') as IDataObject;
				if (typeof data.webhookId === 'string') await registrar.remove.call(this, data.webhookId);
				delete data.webhookId;
				delete data.webhookUrl;
				delete data.webhookSecret;
				return true;
			},
		},
	};
}
