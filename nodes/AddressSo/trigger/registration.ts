/**
 * The trigger's webhook at Address.so, on the shared registeringWebhook: activation registers the
 * URL for the watched wallet or account (POST /api/webhooks), deactivation deletes it, a webhook
 * deleted at Address.so (or registered for another entity) is created anew. When the static data
 * lost the id, the webhook is found by the trigger's URL, so that no duplicate is registered.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { WebhookRegistrar } from '../../shared/webhook/registration';
import { registeringWebhook } from '../../shared/webhook/registration';
import type { RegisteredWebhook } from './api';
import { createWebhook, deleteWebhook, listWebhooks } from './api';
import type { TriggerSettings } from './settings';
import { clearSettings, entityIdOf, readSettings, saveSettings } from './settings';

function matches(webhook: RegisteredWebhook, url: string, settings: TriggerSettings): boolean {
	return (
		webhook.url === url &&
		webhook.type === settings.watched.type &&
		webhook.entityId === entityIdOf(settings.watched)
	);
}

const registrar: WebhookRegistrar = {
	async exists(id, url) {
		const settings = readSettings.call(this);
		const found = (await listWebhooks.call(this)).find((w) => w.id === id);
		if (!found) return false;
		if (matches(found, url, settings)) return true;
		// Ours (its id is in our static data) but for another URL or entity: replaced.
		await deleteWebhook.call(this, id);
		return false;
	},
	async create(url) {
		const { watched } = readSettings.call(this);
		const created = await createWebhook.call(this, url, watched.type, entityIdOf(watched));
		return { id: created.id };
	},
	async remove(id) {
		try {
			await deleteWebhook.call(this, id);
		} catch (error) {
			// Already gone at Address.so is not an error; anything else is.
			if ((await listWebhooks.call(this)).some((w) => w.id === id)) {
				throw new NodeOperationError(
					this.getNode(),
					`Could not remove the Address.so webhook ${id}: ${(error as Error).message}`,
				);
			}
		}
	},
};

const shared = registeringWebhook(registrar);

/**
 * Without an id in static data: adopt a webhook registered for this URL and entity; remove ones
 * for this URL and another entity (this trigger's URL is its own: they are this trigger's).
 */
async function adoptByUrl(this: IHookFunctions, data: IDataObject, settings: TriggerSettings) {
	const url = this.getNodeWebhookUrl('default') as string;
	for (const webhook of await listWebhooks.call(this)) {
		if (webhook.url !== url) continue;
		if (typeof data.webhookId !== 'string' && matches(webhook, url, settings)) {
			data.webhookId = webhook.id;
			data.webhookUrl = url;
		} else await deleteWebhook.call(this, webhook.id);
	}
}

export const addressSoWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			const settings = readSettings.call(this);
			const data = this.getWorkflowStaticData('node');
			if (typeof data.webhookId !== 'string') await adoptByUrl.call(this, data, settings);
			const exists = await shared.default.checkExists.call(this);
			if (exists) saveSettings(data, settings);
			return exists;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			const settings = readSettings.call(this);
			await shared.default.create.call(this);
			saveSettings(this.getWorkflowStaticData('node'), settings);
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const done = await shared.default.delete.call(this);
			clearSettings(this.getWorkflowStaticData('node'));
			return done;
		},
	},
};
