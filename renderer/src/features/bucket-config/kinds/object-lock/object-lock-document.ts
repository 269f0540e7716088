import type { ObjectLockConfig } from '../../../../../../shared/domain/object-lock.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { integer, one, structure, text } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

/** `<ObjectLockConfiguration>` / `{"ObjectLockEnabled", "Rule": {"DefaultRetention"}}`. */
export const objectLockDocument: DocumentShape = {
  root: 'ObjectLockConfiguration',
  shape: structure({
    ObjectLockEnabled: one(text),
    Rule: one(
      structure({
        DefaultRetention: one(
          structure({ Mode: one(text), Days: one(integer), Years: one(integer) }),
        ),
      }),
    ),
  }),
};

interface S3LockDocument {
  Rule?: { DefaultRetention?: { Mode?: string; Days?: number; Years?: number } };
}

export const objectLockCodec: DocumentCodec<ObjectLockConfig> = {
  document: objectLockDocument,
  toS3: ({ defaultRetention: r }) => ({
    // The lock itself is always on here: a bucket without it has no configuration to edit.
    ObjectLockEnabled: 'Enabled',
    ...(r === null
      ? {}
      : {
          Rule: {
            DefaultRetention:
              r.unit === 'days'
                ? { Mode: r.mode, Days: r.amount }
                : { Mode: r.mode, Years: r.amount },
          },
        }),
  }),
  fromS3: (json) => {
    const retention = (json as S3LockDocument).Rule?.DefaultRetention;
    if (retention === undefined) return { defaultRetention: null };
    // S3 takes Days or Years, never both; the schema then names what is wrong.
    return {
      defaultRetention:
        retention.Years !== undefined
          ? { mode: retention.Mode, unit: 'years', amount: retention.Years }
          : { mode: retention.Mode, unit: 'days', amount: retention.Days },
    };
  },
};
