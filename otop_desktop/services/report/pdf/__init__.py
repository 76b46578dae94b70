"""The report PDF and the printed forms: Thai shaped by HarfBuzz, text that searches and copies."""
