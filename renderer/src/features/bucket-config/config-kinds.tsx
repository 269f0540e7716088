import type { ComponentType } from 'react';
import type { ConfigKindDefinition, ConfigTarget } from './config-kind.js';
import type { ConfigTabKind } from './config-tab-list.js';
import { ConfigEditor } from './config-editor.js';
import { aclDefinition } from './acl/acl-definition.js';
import { policyDefinition } from './policy/policy-definition.js';
import { corsDefinition } from './kinds/cors/cors-definition.js';
import { objectLockDefinition } from './kinds/object-lock/object-lock-definition.js';
import { lifecycleDefinition } from './kinds/lifecycle/lifecycle-definition.js';
import { notificationDefinition } from './kinds/notification/notification-definition.js';
import { replicationDefinition } from './kinds/replication/replication-definition.js';
import { taggingDefinition } from './kinds/tagging/tagging-definition.js';
import { featureTab } from './feature-gate.js';
import { publicAccessDefinition } from './kinds/public-access/public-access-definition.js';
import { RequestPaymentTab } from './kinds/request-payment/request-payment-tab.js';
import { withTarget } from './kinds/target-context.js';
import { VersioningControl } from './kinds/versioning/versioning-control.js';
import { websiteDefinition } from './kinds/website/website-definition.js';

export type ConfigTabEditor = ComponentType<{ target: ConfigTarget }>;

/** Binds a kind's definition to the generic editor, hiding its model type from the tabs. */
export function configTab<Model>(definition: ConfigKindDefinition<Model>): ConfigTabEditor {
  return function KindEditor({ target }) {
    return <ConfigEditor definition={definition} target={target} />;
  };
}

/** Registered editors; a kind without one shows "cannot be edited here yet". */
export const configEditors: Partial<Record<ConfigTabKind, ConfigTabEditor>> = {
  policy: configTab(policyDefinition),
  acl: configTab(aclDefinition),
  cors: withTarget(configTab(corsDefinition)),
  website: withTarget(configTab(websiteDefinition)),
  replication: withTarget(configTab(replicationDefinition)),
  notification: withTarget(configTab(notificationDefinition)),
  tagging: withTarget(configTab(taggingDefinition)),
  versioning: withTarget(featureTab('versioning', VersioningControl)),
  publicAccessBlock: withTarget(configTab(publicAccessDefinition)),
  requestPayment: withTarget(featureTab('requestPayment', RequestPaymentTab)),
  objectLock: withTarget(configTab(objectLockDefinition)),
  lifecycle: withTarget(configTab(lifecycleDefinition)),
};
