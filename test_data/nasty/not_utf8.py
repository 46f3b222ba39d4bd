import keras
s = "ÿþ not utf-8"
