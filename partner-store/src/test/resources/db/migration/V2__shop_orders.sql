-- The application's second migration.
CREATE TABLE shop_order (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES shop_customer (id),
  total numeric(12, 2) NOT NULL
);
