DELETE FROM staged_allocation WHERE batch_id = :#publicId
