-- Custom SQL migration file, put your code below! --
-- A subscription's kind is one of the vocabulary's; a webhook always has its signing secret and a
-- robot its sealed URL. The table's row-level security and grants (0027) cover the new columns.
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_kind_check" CHECK (
  "kind" IN ('webhook', 'wecom', 'dingtalk')
  AND ("kind" <> 'webhook' OR "secret_ciphertext" IS NOT NULL)
  AND ("kind" = 'webhook' OR "url_ciphertext" IS NOT NULL)
);
