import { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';

// Where proactive messages go. Stored on install (conversationUpdate / installationUpdate) and
// refreshed on every message, so a moved serviceUrl is picked up; one row per conversation.

const teamsPlatform = 'teams';

const accountSchema = z.object({ id: z.string().min(1), name: z.string().optional() });

const storedReferenceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
    name: z.string().optional(),
  }),
  agent: accountSchema.optional(),
  locale: z.string().optional(),
});

export type StoredReference = z.infer<typeof storedReferenceSchema>;

/** The parts of an incoming activity a reference is built from (SDK types stay out of storage). */
export interface ActivityAddress {
  channelId?: string;
  serviceUrl?: string;
  locale?: string;
  conversation?: { id?: string; conversationType?: string; tenantId?: string; isGroup?: boolean; name?: string };
  recipient?: { id?: string; name?: string };
  channelData?: unknown;
}

const channelDataSchema = z
  .object({
    channel: z.object({ id: z.string() }).optional(),
    teamsChannelId: z.string().optional(),
    tenant: z.object({ id: z.string() }).optional(),
  })
  .loose();

/**
 * A message in a channel arrives in a thread ("19:…@thread.skype;messageid=…"); alerts go to the
 * channel itself, so the reference keeps the channel's id, not the thread's.
 */
export function proactiveConversationId(address: ActivityAddress): string | undefined {
  const conversationId = address.conversation?.id;
  if (!conversationId) return undefined;
  if (address.conversation?.conversationType !== 'channel') return conversationId;
  const channelData = channelDataSchema.safeParse(address.channelData ?? {});
  const channelId = channelData.success ? (channelData.data.channel?.id ?? channelData.data.teamsChannelId) : undefined;
  return channelId ?? conversationId.split(';')[0];
}

export function referenceFromActivity(address: ActivityAddress): StoredReference | undefined {
  const conversationId = proactiveConversationId(address);
  const channelData = channelDataSchema.safeParse(address.channelData ?? {});
  const tenantId = address.conversation?.tenantId ?? (channelData.success ? channelData.data.tenant?.id : undefined);
  const candidate = {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    conversation: {
      id: conversationId,
      conversationType: address.conversation?.conversationType,
      tenantId,
      isGroup: address.conversation?.isGroup,
      name: address.conversation?.name,
    },
    agent: address.recipient?.id ? { id: address.recipient.id, name: address.recipient.name } : undefined,
    locale: address.locale,
  };
  const parsed = storedReferenceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

export async function saveConversationReference(prisma: PrismaClient, reference: StoredReference): Promise<void> {
  const json = JSON.parse(JSON.stringify(reference)) as object;
  await prisma.conversationReference.upsert({
    where: { platform_conversationId: { platform: teamsPlatform, conversationId: reference.conversation.id } },
    create: { platform: teamsPlatform, conversationId: reference.conversation.id, reference: json },
    update: { reference: json },
  });
}

export async function findConversationReference(prisma: PrismaClient, conversationId: string): Promise<StoredReference | undefined> {
  const row = await prisma.conversationReference.findUnique({
    where: { platform_conversationId: { platform: teamsPlatform, conversationId } },
  });
  if (!row) return undefined;
  const parsed = storedReferenceSchema.safeParse(row.reference);
  return parsed.success ? parsed.data : undefined;
}

/** The app was removed: alerts to this conversation would only be refused by Teams. */
export async function forgetConversationReference(prisma: PrismaClient, conversationId: string): Promise<void> {
  await prisma.conversationReference.deleteMany({ where: { platform: teamsPlatform, conversationId } });
}
