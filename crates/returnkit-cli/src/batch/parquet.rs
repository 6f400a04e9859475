//! Parquet input of `returnkit batch`: the columns `order`, `request` and `now`, and the
//! optional `id` and `policy`, read a batch of rows at a time. Each row becomes the JSON Lines
//! record it stands for, `{"id":…,"policy":…,"order":…,"request":…,"now":…}`, so the rest of
//! the run, and its answers, are those of the same records given as JSON Lines.
//!
//! `order` and `request` hold JSON text (utf8); `now` is RFC 3339 text or a timestamp (an
//! instant: a timestamp without a time zone, as Spark's INT96, is taken as UTC); `id` is text
//! (a JSON string on the answer) or an integer; `policy` is text. A null `id` or `policy` is
//! no member; a null `order`, `request` or `now` is `null`, so the record is an error record
//! naming that field. Other columns are not read.

use std::fs::File;
use std::io::Write;
use std::ops::Range;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Int32Type, Int64Type, TimestampMicrosecondType, TimestampMillisecondType,
    TimestampNanosecondType, TimestampSecondType,
};
use arrow_array::{Array, RecordBatch};
use arrow_schema::{DataType, Schema, TimeUnit};
use chrono::{DateTime, SecondsFormat};
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use parquet::arrow::ProjectionMask;

use crate::Failure;

/// The columns read, in the order of a record's members; the first three are required.
const COLUMNS: [&str; 5] = ["id", "policy", "order", "request", "now"];
const REQUIRED: [&str; 3] = ["order", "request", "now"];

/// The rows of a Parquet file, read a batch at a time.
pub struct Rows {
    reader: ParquetRecordBatchReader,
    /// The batch being turned into records, and its next row.
    batch: Option<(RecordBatch, usize)>,
}

/// Opens a Parquet file, checking its columns: a missing required column, or a column of a
/// type it can't hold, fails before any record.
pub fn open(file: File, name: &str, batch_size: usize) -> Result<Rows, Failure> {
    let failed = |e: parquet::errors::ParquetError| Failure::Io(format!("{name}: {e}"));
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(failed)?;
    let schema = builder.schema().clone();
    check_columns(&schema).map_err(|e| Failure::Io(format!("{name}: {e}")))?;
    let roots = schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(_, f)| COLUMNS.contains(&f.name().as_str()))
        .map(|(i, _)| i);
    let mask = ProjectionMask::roots(builder.parquet_schema(), roots);
    let reader = builder
        .with_projection(mask)
        .with_batch_size(batch_size)
        .build()
        .map_err(failed)?;
    Ok(Rows {
        reader,
        batch: None,
    })
}

/// Every required column there, and each column read of a type it can hold.
fn check_columns(schema: &Schema) -> Result<(), String> {
    let missing: Vec<String> = REQUIRED
        .iter()
        .filter(|c| schema.field_with_name(c).is_err())
        .map(|c| format!("`{c}`"))
        .collect();
    if !missing.is_empty() {
        let found: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        return Err(format!(
            "no column {} (a batch's Parquet input has the columns `order`, `request` and \
             `now`, and may have `id` and `policy`; this file has: {})",
            missing.join(", "),
            found.join(", ")
        ));
    }
    for field in schema.fields() {
        let text = matches!(
            field.data_type(),
            DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
        );
        let fits = match field.name().as_str() {
            "order" | "request" | "policy" => text,
            "now" => text || matches!(field.data_type(), DataType::Timestamp(..)),
            "id" => text || matches!(field.data_type(), DataType::Int64 | DataType::Int32),
            _ => true,
        };
        if !fits {
            return Err(format!(
                "the column `{}` is {}, which returnkit doesn't read there (see `returnkit \
                 batch --help`)",
                field.name(),
                field.data_type()
            ));
        }
    }
    Ok(())
}

impl Rows {
    /// Appends rows to `data` as records, one line each (its range in `lines`), until `lines`
    /// holds `max` or the file ends. Returns false once the file has ended.
    pub fn fill(
        &mut self,
        data: &mut Vec<u8>,
        lines: &mut Vec<Range<usize>>,
        max: usize,
    ) -> Result<bool, String> {
        while lines.len() < max {
            let (batch, next) = match self.batch.take() {
                Some(pending) => pending,
                None => match self.reader.next() {
                    Some(batch) => (batch.map_err(|e| e.to_string())?, 0),
                    None => return Ok(false),
                },
            };
            let end = batch.num_rows().min(next + max - lines.len());
            for row in next..end {
                let start = data.len();
                record(&batch, row, data);
                lines.push(start..data.len());
            }
            if end < batch.num_rows() {
                self.batch = Some((batch, end));
            }
        }
        Ok(true)
    }
}

/// Writes row `row` of `batch` as its JSON Lines record.
fn record(batch: &RecordBatch, row: usize, out: &mut Vec<u8>) {
    out.push(b'{');
    let mut first = true;
    for name in COLUMNS {
        let column = batch.column_by_name(name);
        let value = column.filter(|c| c.is_valid(row));
        let required = REQUIRED.contains(&name);
        if value.is_none() && !required {
            continue;
        }
        if !first {
            out.push(b',');
        }
        first = false;
        let _ = write!(out, "\"{name}\":");
        match value {
            None => out.extend_from_slice(b"null"),
            Some(column) => value_of(name, column.as_ref(), row, out),
        }
    }
    out.push(b'}');
}

/// A cell's value as JSON: the text of `order` and `request` as it is when it is one JSON
/// value, else as a JSON string (so the record's error names the field, and a cell such as
/// `{…},"now":"…"` can't add members to the record); the text of `id` and `policy` as a JSON
/// string; an integer `id`; `now` as an RFC 3339 string.
fn value_of(name: &str, column: &dyn Array, row: usize, out: &mut Vec<u8>) {
    if let Some(text) = text(column, row) {
        let one_value = || serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
        if matches!(name, "order" | "request") && one_value() {
            out.extend_from_slice(text.as_bytes());
        } else {
            let _ = serde_json::to_writer(&mut *out, text);
        }
        return;
    }
    let number = column
        .as_primitive_opt::<Int64Type>()
        .map(|c| c.value(row))
        .or_else(|| {
            let c = column.as_primitive_opt::<Int32Type>()?;
            Some(i64::from(c.value(row)))
        });
    if let Some(n) = number {
        let _ = write!(out, "{n}");
        return;
    }
    match instant(column, row) {
        Some(at) => {
            let at = at.to_rfc3339_opts(SecondsFormat::AutoSi, true);
            let _ = serde_json::to_writer(&mut *out, &at);
        }
        // Checked when the file was opened: there is no other type to meet.
        None => out.extend_from_slice(b"null"),
    }
}

/// The text of a utf8 cell (of any offset size, or a view).
fn text(column: &dyn Array, row: usize) -> Option<&str> {
    if let Some(c) = column.as_string_opt::<i32>() {
        return Some(c.value(row));
    }
    if let Some(c) = column.as_string_opt::<i64>() {
        return Some(c.value(row));
    }
    column.as_string_view_opt().map(|c| c.value(row))
}

/// The instant of a timestamp cell, whatever its unit.
fn instant(column: &dyn Array, row: usize) -> Option<DateTime<chrono::Utc>> {
    let DataType::Timestamp(unit, _) = column.data_type() else {
        return None;
    };
    let (secs, nanos) = match unit {
        TimeUnit::Second => (
            column.as_primitive_opt::<TimestampSecondType>()?.value(row),
            0,
        ),
        TimeUnit::Millisecond => {
            let v = column
                .as_primitive_opt::<TimestampMillisecondType>()?
                .value(row);
            (v.div_euclid(1_000), v.rem_euclid(1_000) * 1_000_000)
        }
        TimeUnit::Microsecond => {
            let v = column
                .as_primitive_opt::<TimestampMicrosecondType>()?
                .value(row);
            (v.div_euclid(1_000_000), v.rem_euclid(1_000_000) * 1_000)
        }
        TimeUnit::Nanosecond => {
            let v = column
                .as_primitive_opt::<TimestampNanosecondType>()?
                .value(row);
            (v.div_euclid(1_000_000_000), v.rem_euclid(1_000_000_000))
        }
    };
    DateTime::from_timestamp(secs, u32::try_from(nanos).ok()?)
}
