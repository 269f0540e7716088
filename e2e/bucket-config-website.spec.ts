import { GetBucketWebsiteCommand, PutBucketWebsiteCommand } from '@aws-sdk/client-s3';
import type { GetBucketWebsiteCommandOutput, WebsiteConfiguration } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { configSession, storedOrNull } from './fixtures/config-session.js';

const session = configSession();

type StoredWebsite = Omit<GetBucketWebsiteCommandOutput, '$metadata'>;

/** The website configuration the server holds, or null when it has none. */
function storedWebsite(bucket: string): Promise<StoredWebsite | null> {
  return storedOrNull('NoSuchWebsiteConfiguration', async () => {
    const { $metadata: _, ...out } = await session.admin.send(
      new GetBucketWebsiteCommand({ Bucket: bucket }),
    );
    return out;
  });
}

async function setWebsite(bucket: string, website: WebsiteConfiguration): Promise<void> {
  await session.admin.send(
    new PutBucketWebsiteCommand({ Bucket: bucket, WebsiteConfiguration: website }),
  );
}

const site: WebsiteConfiguration = {
  IndexDocument: { Suffix: 'index.html' },
  ErrorDocument: { Key: 'error.html' },
};

test('sets index, error document and a routing rule through the form; the server stores them', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('web-form');
  const config = await session.open(page, made.name, 'Website');
  await expect(config.noneTitle('website configuration')).toBeVisible();
  await config.create();

  // RGW serves websites only on its website domain: the form says why there is no address.
  await expect(config.form.getByLabel('Website address')).toContainText(
    'this connection uses path style',
  );
  await expect(
    config.form.getByRole('radio', { name: "Serve this bucket's objects" }),
  ).toBeChecked();
  await expect(config.form.getByLabel('Index document')).toHaveValue('index.html');
  await config.form.getByLabel('Error document').fill('errors/404.html');
  await config.form.getByRole('button', { name: 'Add routing rule' }).click();
  const rule = config.form.getByRole('group', { name: 'Routing rule 1' });
  await rule.getByLabel('When the key starts with').fill('docs/');
  await rule.getByLabel('Replace the prefix with').fill('documents/');
  await rule.getByLabel('Redirect status code').fill('302');
  await config.screenshot(testInfo, 'website-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<Suffix>index.html</Suffix>',
    '<KeyPrefixEquals>docs/</KeyPrefixEquals>',
  ]);
  expect(await storedWebsite(made.name)).toBeNull();
  await config.apply();

  expect(await storedWebsite(made.name)).toEqual({
    IndexDocument: { Suffix: 'index.html' },
    ErrorDocument: { Key: 'errors/404.html' },
    RoutingRules: [
      {
        Condition: { KeyPrefixEquals: 'docs/' },
        Redirect: { HttpRedirectCode: '302', ReplaceKeyPrefixWith: 'documents/' },
      },
    ],
  });
});

test('switches to redirect-all through the raw XML and JSON; the form follows', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('web-raw');
  await setWebsite(made.name, site);
  const config = await session.open(page, made.name, 'Website');
  await expect(config.form.getByLabel('Error document')).toHaveValue('error.html');

  await config.showRaw();
  await expect(config.rawEditor).toContainText('<Key>error.html</Key>');
  await config.replaceRaw(
    [
      '<WebsiteConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      '  <RedirectAllRequestsTo>',
      '    <HostName>www.example.com</HostName>',
      '    <Protocol>https</Protocol>',
      '  </RedirectAllRequestsTo>',
      '</WebsiteConfiguration>',
    ].join('\n'),
  );
  await expect(config.problems).toBeHidden();
  await config.screenshot(testInfo, 'website-raw-xml');

  await config.showForm();
  await expect(
    config.form.getByRole('radio', { name: 'Redirect every request to another host' }),
  ).toBeChecked();
  await expect(config.form.getByLabel('Host name')).toHaveValue('www.example.com');
  await expect(config.form.getByLabel('Protocol')).toHaveValue('https');

  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await config.replaceRaw(
    JSON.stringify({ RedirectAllRequestsTo: { HostName: 'docs.example.com' } }, null, 2),
  );
  await config.screenshot(testInfo, 'website-raw-json');
  await config.showForm();
  await expect(config.form.getByLabel('Host name')).toHaveValue('docs.example.com');
  await expect(config.form.getByLabel('Protocol')).toHaveValue('');

  await config.review();
  await config.apply();
  expect(await storedWebsite(made.name)).toEqual({
    RedirectAllRequestsTo: { HostName: 'docs.example.com' },
  });
});

test('invalid input shows the message at its field or line and sends nothing', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('web-bad');
  await setWebsite(made.name, site);
  const config = await session.open(page, made.name, 'Website');

  const index = config.form.getByLabel('Index document');
  await index.fill('pages/index.html');
  await expect(index).toHaveAttribute('aria-invalid', 'true');
  await expect(config.form.getByText('must not contain "/"')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'website-form-invalid');

  await config.showRaw();
  await expect(config.problems).toContainText(/^Line 7: must not contain/);
  await config.replaceRaw(
    '<WebsiteConfiguration>\n  <IndexDocument><Suffix>index.html</Suffix></IndexDocument>\n  <RedirectAllRequestsTo><HostName>x.example</HostName></RedirectAllRequestsTo>\n</WebsiteConfiguration>',
  );
  await expect(config.problems).toContainText(
    /^Line 2: IndexDocument\.Suffix: must be left out when all requests are redirected/,
  );
  await expect(config.reviewButton).toBeDisabled();

  expect(await storedWebsite(made.name)).toEqual(site);
});

test('shows the diff before applying; delete returns the none state', async ({ page }) => {
  const made = await session.bucket('web-diff');
  await setWebsite(made.name, site);
  const config = await session.open(page, made.name, 'Website');
  await config.form.getByLabel('Index document').fill('home.html');
  const diff = await config.review();
  await expect(config.diffLines(diff, 'removed')).toHaveText([/<Suffix>index.html<\/Suffix>/]);
  await expect(config.diffLines(diff, 'added')).toHaveText([/<Suffix>home.html<\/Suffix>/]);
  await config.backToEditing();
  expect(await storedWebsite(made.name)).toEqual(site);

  await config.delete();
  await expect(config.noneTitle('website configuration')).toBeVisible();
  expect(await storedWebsite(made.name)).toBeNull();
});
