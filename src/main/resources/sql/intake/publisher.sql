SELECT id, status FROM publisher WHERE code = :#${exchangeProperty.publisherCode}
