import keras
m = keras.Sequential([keras.Input((8,))])
def f0(x):
    return x + 0
def f1(x):
    return x + 1
def f2(x):
    return x + 2
def f3(x):
    return x + 3
def f4(x):
    return x + 4
def f5(x):
    return x + 5
def f6(x):
    return x + 6
def f7(x):
    return x + 7
def f8(x):
    return x + 8
def f9(x):
    return x + 9
def f10(x):
    return x + 10
def f11(x):
    return x + 11
def f12(x):
    return x + 12
def f13(x):
    return x + 13
def f14(x):
    return x + 14
def f15(x):
    return x + 15
def f16(x):
    return x + 16
def f17(x):
    return x + 17
def f18(x):
    return x + 18
def f19(x):
    return x + 19
def f20(x):
    return x + 20
def f21(x):
    return x + 21
def f22(x):
    return x + 22
def f23(x):
    return x + 23
def f24(x):
    return x + 24
def f25(x):
    return x + 25
def f26(x):
    return x + 26
def f27(x):
    return x + 27
def f28(x):
    return x + 28
def f29(x):
    return x + 29
def f30(x):
    return x + 30
def f31(x):
    return x + 31
def f32(x):
    return x + 32
def f33(x):
    return x + 33
def f34(x):
    return x + 34
def f35(x):
    return x + 35
def f36(x):
    return x + 36
def f37(x):
    return x + 37
def f38(x):
    return x + 38
def f39(x):
    return x + 39
def f40(x):
    return x + 40
def f41(x):
    return x + 41
def f42(x):
    return x + 42
def f43(x):
    return x + 43
def f44(x):
    return x + 44
def f45(x):
    return x + 45
def f46(x):
    return x + 46
def f47(x):
    return x + 47
def f48(x):
    return x + 48
def f49(x):
    return x + 49
def f50(x):
    return x + 50
def f51(x):
    return x + 51
def f52(x):
    return x + 52
def f53(x):
    return x + 53
def f54(x):
    return x + 54
def f55(x):
    return x + 55
def f56(x):
    return x + 56
def f57(x):
    return x + 57
def f58(x):
    return x + 58
def f59(x):
    return x + 59
def f60(x):
    return x + 60
def f61(x):
    return x + 61
def f62(x):
    return x + 62
def f63(x):
    return x + 63
def f64(x):
    return x + 64
def f65(x):
    return x + 65
def f66(x):
    return x + 66
def f67(x):
    return x + 67
def f68(x):
    return x + 68
def f69(x):
    return x + 69
def f70(x):
    return x + 70
def f71(x):
    return x + 71
def f72(x):
    return x + 72
def f73(x):
    return x + 73
def f74(x):
    return x + 74
def f75(x):
    return x + 75
def f76(x):
    return x + 76
def f77(x):
    return x + 77
def f78(x):
    return x + 78
def f79(x):
    return x + 79
def f80(x):
    return x + 80
def f81(x):
    return x + 81
def f82(x):
    return x + 82
def f83(x):
    return x + 83
def f84(x):
    return x + 84
def f85(x):
    return x + 85
def f86(x):
    return x + 86
def f87(x):
    return x + 87
def f88(x):
    return x + 88
def f89(x):
    return x + 89
def f90(x):
    return x + 90
def f91(x):
    return x + 91
def f92(x):
    return x + 92
def f93(x):
    return x + 93
def f94(x):
    return x + 94
def f95(x):
    return x + 95
def f96(x):
    return x + 96
def f97(x):
    return x + 97
def f98(x):
    return x + 98
def f99(x):
    return x + 99
def f100(x):
    return x + 100
def f101(x):
    return x + 101
def f102(x):
    return x + 102
def f103(x):
    return x + 103
def f104(x):
    return x + 104
def f105(x):
    return x + 105
def f106(x):
    return x + 106
def f107(x):
    return x + 107
def f108(x):
    return x + 108
def f109(x):
    return x + 109
def f110(x):
    return x + 110
def f111(x):
    return x + 111
def f112(x):
    return x + 112
def f113(x):
    return x + 113
def f114(x):
    return x + 114
def f115(x):
    return x + 115
def f116(x):
    return x + 116
def f117(x):
    return x + 117
def f118(x):
    return x + 118
def f119(x):
    return x + 119
def f120(x):
    return x + 120
def f121(x):
    return x + 121
def f122(x):
    return x + 122
def f123(x):
    return x + 123
def f124(x):
    return x + 124
def f125(x):
    return x + 125
def f126(x):
    return x + 126
def f127(x):
    return x + 127
def f128(x):
    return x + 128
def f129(x):
    return x + 129
def f130(x):
    return x + 130
def f131(x):
    return x + 131
def f132(x):
    return x + 132
def f133(x):
    return x + 133
def f134(x):
    return x + 134
def f135(x):
    return x + 135
def f136(x):
    return x + 136
def f137(x):
    return x + 137
def f138(x):
    return x + 138
def f139(x):
    return x + 139
def f140(x):
    return x + 140
def f141(x):
    return x + 141
def f142(x):
    return x + 142
def f143(x):
    return x + 143
def f144(x):
    return x + 144
def f145(x):
    return x + 145
def f146(x):
    return x + 146
def f147(x):
    return x + 147
def f148(x):
    return x + 148
def f149(x):
    return x + 149
def f150(x):
    return x + 150
def f151(x):
    return x + 151
def f152(x):
    return x + 152
def f153(x):
    return x + 153
def f154(x):
    return x + 154
def f155(x):
    return x + 155
def f156(x):
    return x + 156
def f157(x):
    return x + 157
def f158(x):
    return x + 158
def f159(x):
    return x + 159
def f160(x):
    return x + 160
def f161(x):
    return x + 161
def f162(x):
    return x + 162
def f163(x):
    return x + 163
def f164(x):
    return x + 164
def f165(x):
    return x + 165
def f166(x):
    return x + 166
def f167(x):
    return x + 167
def f168(x):
    return x + 168
def f169(x):
    return x + 169
def f170(x):
    return x + 170
def f171(x):
    return x + 171
def f172(x):
    return x + 172
def f173(x):
    return x + 173
def f174(x):
    return x + 174
def f175(x):
    return x + 175
def f176(x):
    return x + 176
def f177(x):
    return x + 177
def f178(x):
    return x + 178
def f179(x):
    return x + 179
def f180(x):
    return x + 180
def f181(x):
    return x + 181
def f182(x):
    return x + 182
def f183(x):
    return x + 183
def f184(x):
    return x + 184
def f185(x):
    return x + 185
def f186(x):
    return x + 186
def f187(x):
    return x + 187
def f188(x):
    return x + 188
def f189(x):
    return x + 189
def f190(x):
    return x + 190
def f191(x):
    return x + 191
def f192(x):
    return x + 192
def f193(x):
    return x + 193
def f194(x):
    return x + 194
def f195(x):
    return x + 195
def f196(x):
    return x + 196
def f197(x):
    return x + 197
def f198(x):
    return x + 198
def f199(x):
    return x + 199
def f200(x):
    return x + 200
def f201(x):
    return x + 201
def f202(x):
    return x + 202
def f203(x):
    return x + 203
def f204(x):
    return x + 204
def f205(x):
    return x + 205
def f206(x):
    return x + 206
def f207(x):
    return x + 207
def f208(x):
    return x + 208
def f209(x):
    return x + 209
def f210(x):
    return x + 210
def f211(x):
    return x + 211
def f212(x):
    return x + 212
def f213(x):
    return x + 213
def f214(x):
    return x + 214
def f215(x):
    return x + 215
def f216(x):
    return x + 216
def f217(x):
    return x + 217
def f218(x):
    return x + 218
def f219(x):
    return x + 219
def f220(x):
    return x + 220
def f221(x):
    return x + 221
def f222(x):
    return x + 222
def f223(x):
    return x + 223
def f224(x):
    return x + 224
def f225(x):
    return x + 225
def f226(x):
    return x + 226
def f227(x):
    return x + 227
def f228(x):
    return x + 228
def f229(x):
    return x + 229
def f230(x):
    return x + 230
def f231(x):
    return x + 231
def f232(x):
    return x + 232
def f233(x):
    return x + 233
def f234(x):
    return x + 234
def f235(x):
    return x + 235
def f236(x):
    return x + 236
def f237(x):
    return x + 237
def f238(x):
    return x + 238
def f239(x):
    return x + 239
def f240(x):
    return x + 240
def f241(x):
    return x + 241
def f242(x):
    return x + 242
def f243(x):
    return x + 243
def f244(x):
    return x + 244
def f245(x):
    return x + 245
def f246(x):
    return x + 246
def f247(x):
    return x + 247
def f248(x):
    return x + 248
def f249(x):
    return x + 249
def f250(x):
    return x + 250
def f251(x):
    return x + 251
def f252(x):
    return x + 252
def f253(x):
    return x + 253
def f254(x):
    return x + 254
def f255(x):
    return x + 255
def f256(x):
    return x + 256
def f257(x):
    return x + 257
def f258(x):
    return x + 258
def f259(x):
    return x + 259
def f260(x):
    return x + 260
def f261(x):
    return x + 261
def f262(x):
    return x + 262
def f263(x):
    return x + 263
def f264(x):
    return x + 264
def f265(x):
    return x + 265
def f266(x):
    return x + 266
def f267(x):
    return x + 267
def f268(x):
    return x + 268
def f269(x):
    return x + 269
def f270(x):
    return x + 270
def f271(x):
    return x + 271
def f272(x):
    return x + 272
def f273(x):
    return x + 273
def f274(x):
    return x + 274
def f275(x):
    return x + 275
def f276(x):
    return x + 276
def f277(x):
    return x + 277
def f278(x):
    return x + 278
def f279(x):
    return x + 279
def f280(x):
    return x + 280
def f281(x):
    return x + 281
def f282(x):
    return x + 282
def f283(x):
    return x + 283
def f284(x):
    return x + 284
def f285(x):
    return x + 285
def f286(x):
    return x + 286
def f287(x):
    return x + 287
def f288(x):
    return x + 288
def f289(x):
    return x + 289
def f290(x):
    return x + 290
def f291(x):
    return x + 291
def f292(x):
    return x + 292
def f293(x):
    return x + 293
def f294(x):
    return x + 294
def f295(x):
    return x + 295
def f296(x):
    return x + 296
def f297(x):
    return x + 297
def f298(x):
    return x + 298
def f299(x):
    return x + 299
def f300(x):
    return x + 300
def f301(x):
    return x + 301
def f302(x):
    return x + 302
def f303(x):
    return x + 303
def f304(x):
    return x + 304
def f305(x):
    return x + 305
def f306(x):
    return x + 306
def f307(x):
    return x + 307
def f308(x):
    return x + 308
def f309(x):
    return x + 309
def f310(x):
    return x + 310
def f311(x):
    return x + 311
def f312(x):
    return x + 312
def f313(x):
    return x + 313
def f314(x):
    return x + 314
def f315(x):
    return x + 315
def f316(x):
    return x + 316
def f317(x):
    return x + 317
def f318(x):
    return x + 318
def f319(x):
    return x + 319
def f320(x):
    return x + 320
def f321(x):
    return x + 321
def f322(x):
    return x + 322
def f323(x):
    return x + 323
def f324(x):
    return x + 324
def f325(x):
    return x + 325
def f326(x):
    return x + 326
def f327(x):
    return x + 327
def f328(x):
    return x + 328
def f329(x):
    return x + 329
def f330(x):
    return x + 330
def f331(x):
    return x + 331
def f332(x):
    return x + 332
def f333(x):
    return x + 333
def f334(x):
    return x + 334
def f335(x):
    return x + 335
def f336(x):
    return x + 336
def f337(x):
    return x + 337
def f338(x):
    return x + 338
def f339(x):
    return x + 339
def f340(x):
    return x + 340
def f341(x):
    return x + 341
def f342(x):
    return x + 342
def f343(x):
    return x + 343
def f344(x):
    return x + 344
def f345(x):
    return x + 345
def f346(x):
    return x + 346
def f347(x):
    return x + 347
def f348(x):
    return x + 348
def f349(x):
    return x + 349
def f350(x):
    return x + 350
def f351(x):
    return x + 351
def f352(x):
    return x + 352
def f353(x):
    return x + 353
def f354(x):
    return x + 354
def f355(x):
    return x + 355
def f356(x):
    return x + 356
def f357(x):
    return x + 357
def f358(x):
    return x + 358
def f359(x):
    return x + 359
def f360(x):
    return x + 360
def f361(x):
    return x + 361
def f362(x):
    return x + 362
def f363(x):
    return x + 363
def f364(x):
    return x + 364
def f365(x):
    return x + 365
def f366(x):
    return x + 366
def f367(x):
    return x + 367
def f368(x):
    return x + 368
def f369(x):
    return x + 369
def f370(x):
    return x + 370
def f371(x):
    return x + 371
def f372(x):
    return x + 372
def f373(x):
    return x + 373
def f374(x):
    return x + 374
def f375(x):
    return x + 375
def f376(x):
    return x + 376
def f377(x):
    return x + 377
def f378(x):
    return x + 378
def f379(x):
    return x + 379
def f380(x):
    return x + 380
def f381(x):
    return x + 381
def f382(x):
    return x + 382
def f383(x):
    return x + 383
def f384(x):
    return x + 384
def f385(x):
    return x + 385
def f386(x):
    return x + 386
def f387(x):
    return x + 387
def f388(x):
    return x + 388
def f389(x):
    return x + 389
def f390(x):
    return x + 390
def f391(x):
    return x + 391
def f392(x):
    return x + 392
def f393(x):
    return x + 393
def f394(x):
    return x + 394
def f395(x):
    return x + 395
def f396(x):
    return x + 396
def f397(x):
    return x + 397
def f398(x):
    return x + 398
def f399(x):
    return x + 399
def f400(x):
    return x + 400
def f401(x):
    return x + 401
def f402(x):
    return x + 402
def f403(x):
    return x + 403
def f404(x):
    return x + 404
def f405(x):
    return x + 405
def f406(x):
    return x + 406
def f407(x):
    return x + 407
def f408(x):
    return x + 408
def f409(x):
    return x + 409
def f410(x):
    return x + 410
def f411(x):
    return x + 411
def f412(x):
    return x + 412
def f413(x):
    return x + 413
def f414(x):
    return x + 414
def f415(x):
    return x + 415
def f416(x):
    return x + 416
def f417(x):
    return x + 417
def f418(x):
    return x + 418
def f419(x):
    return x + 419
def f420(x):
    return x + 420
def f421(x):
    return x + 421
def f422(x):
    return x + 422
def f423(x):
    return x + 423
def f424(x):
    return x + 424
def f425(x):
    return x + 425
def f426(x):
    return x + 426
def f427(x):
    return x + 427
def f428(x):
    return x + 428
def f429(x):
    return x + 429
def f430(x):
    return x + 430
def f431(x):
    return x + 431
def f432(x):
    return x + 432
def f433(x):
    return x + 433
def f434(x):
    return x + 434
def f435(x):
    return x + 435
def f436(x):
    return x + 436
def f437(x):
    return x + 437
def f438(x):
    return x + 438
def f439(x):
    return x + 439
def f440(x):
    return x + 440
def f441(x):
    return x + 441
def f442(x):
    return x + 442
def f443(x):
    return x + 443
def f444(x):
    return x + 444
def f445(x):
    return x + 445
def f446(x):
    return x + 446
def f447(x):
    return x + 447
def f448(x):
    return x + 448
def f449(x):
    return x + 449
def f450(x):
    return x + 450
def f451(x):
    return x + 451
def f452(x):
    return x + 452
def f453(x):
    return x + 453
def f454(x):
    return x + 454
def f455(x):
    return x + 455
def f456(x):
    return x + 456
def f457(x):
    return x + 457
def f458(x):
    return x + 458
def f459(x):
    return x + 459
def f460(x):
    return x + 460
def f461(x):
    return x + 461
def f462(x):
    return x + 462
def f463(x):
    return x + 463
def f464(x):
    return x + 464
def f465(x):
    return x + 465
def f466(x):
    return x + 466
def f467(x):
    return x + 467
def f468(x):
    return x + 468
def f469(x):
    return x + 469
def f470(x):
    return x + 470
def f471(x):
    return x + 471
def f472(x):
    return x + 472
def f473(x):
    return x + 473
def f474(x):
    return x + 474
def f475(x):
    return x + 475
def f476(x):
    return x + 476
def f477(x):
    return x + 477
def f478(x):
    return x + 478
def f479(x):
    return x + 479
def f480(x):
    return x + 480
def f481(x):
    return x + 481
def f482(x):
    return x + 482
def f483(x):
    return x + 483
def f484(x):
    return x + 484
def f485(x):
    return x + 485
def f486(x):
    return x + 486
def f487(x):
    return x + 487
def f488(x):
    return x + 488
def f489(x):
    return x + 489
def f490(x):
    return x + 490
def f491(x):
    return x + 491
def f492(x):
    return x + 492
def f493(x):
    return x + 493
def f494(x):
    return x + 494
def f495(x):
    return x + 495
def f496(x):
    return x + 496
def f497(x):
    return x + 497
def f498(x):
    return x + 498
def f499(x):
    return x + 499
def f500(x):
    return x + 500
def f501(x):
    return x + 501
def f502(x):
    return x + 502
def f503(x):
    return x + 503
def f504(x):
    return x + 504
def f505(x):
    return x + 505
def f506(x):
    return x + 506
def f507(x):
    return x + 507
def f508(x):
    return x + 508
def f509(x):
    return x + 509
def f510(x):
    return x + 510
def f511(x):
    return x + 511
def f512(x):
    return x + 512
def f513(x):
    return x + 513
def f514(x):
    return x + 514
def f515(x):
    return x + 515
def f516(x):
    return x + 516
def f517(x):
    return x + 517
def f518(x):
    return x + 518
def f519(x):
    return x + 519
def f520(x):
    return x + 520
def f521(x):
    return x + 521
def f522(x):
    return x + 522
def f523(x):
    return x + 523
def f524(x):
    return x + 524
def f525(x):
    return x + 525
def f526(x):
    return x + 526
def f527(x):
    return x + 527
def f528(x):
    return x + 528
def f529(x):
    return x + 529
def f530(x):
    return x + 530
def f531(x):
    return x + 531
def f532(x):
    return x + 532
def f533(x):
    return x + 533
def f534(x):
    return x + 534
def f535(x):
    return x + 535
def f536(x):
    return x + 536
def f537(x):
    return x + 537
def f538(x):
    return x + 538
def f539(x):
    return x + 539
def f540(x):
    return x + 540
def f541(x):
    return x + 541
def f542(x):
    return x + 542
def f543(x):
    return x + 543
def f544(x):
    return x + 544
def f545(x):
    return x + 545
def f546(x):
    return x + 546
def f547(x):
    return x + 547
def f548(x):
    return x + 548
def f549(x):
    return x + 549
def f550(x):
    return x + 550
def f551(x):
    return x + 551
def f552(x):
    return x + 552
def f553(x):
    return x + 553
def f554(x):
    return x + 554
def f555(x):
    return x + 555
def f556(x):
    return x + 556
def f557(x):
    return x + 557
def f558(x):
    return x + 558
def f559(x):
    return x + 559
def f560(x):
    return x + 560
def f561(x):
    return x + 561
def f562(x):
    return x + 562
def f563(x):
    return x + 563
def f564(x):
    return x + 564
def f565(x):
    return x + 565
def f566(x):
    return x + 566
def f567(x):
    return x + 567
def f568(x):
    return x + 568
def f569(x):
    return x + 569
def f570(x):
    return x + 570
def f571(x):
    return x + 571
def f572(x):
    return x + 572
def f573(x):
    return x + 573
def f574(x):
    return x + 574
def f575(x):
    return x + 575
def f576(x):
    return x + 576
def f577(x):
    return x + 577
def f578(x):
    return x + 578
def f579(x):
    return x + 579
def f580(x):
    return x + 580
def f581(x):
    return x + 581
def f582(x):
    return x + 582
def f583(x):
    return x + 583
def f584(x):
    return x + 584
def f585(x):
    return x + 585
def f586(x):
    return x + 586
def f587(x):
    return x + 587
def f588(x):
    return x + 588
def f589(x):
    return x + 589
def f590(x):
    return x + 590
def f591(x):
    return x + 591
def f592(x):
    return x + 592
def f593(x):
    return x + 593
def f594(x):
    return x + 594
def f595(x):
    return x + 595
def f596(x):
    return x + 596
def f597(x):
    return x + 597
def f598(x):
    return x + 598
def f599(x):
    return x + 599
def f600(x):
    return x + 600
def f601(x):
    return x + 601
def f602(x):
    return x + 602
def f603(x):
    return x + 603
def f604(x):
    return x + 604
def f605(x):
    return x + 605
def f606(x):
    return x + 606
def f607(x):
    return x + 607
def f608(x):
    return x + 608
def f609(x):
    return x + 609
def f610(x):
    return x + 610
def f611(x):
    return x + 611
def f612(x):
    return x + 612
def f613(x):
    return x + 613
def f614(x):
    return x + 614
def f615(x):
    return x + 615
def f616(x):
    return x + 616
def f617(x):
    return x + 617
def f618(x):
    return x + 618
def f619(x):
    return x + 619
def f620(x):
    return x + 620
def f621(x):
    return x + 621
def f622(x):
    return x + 622
def f623(x):
    return x + 623
def f624(x):
    return x + 624
def f625(x):
    return x + 625
def f626(x):
    return x + 626
def f627(x):
    return x + 627
def f628(x):
    return x + 628
def f629(x):
    return x + 629
def f630(x):
    return x + 630
def f631(x):
    return x + 631
def f632(x):
    return x + 632
def f633(x):
    return x + 633
def f634(x):
    return x + 634
def f635(x):
    return x + 635
def f636(x):
    return x + 636
def f637(x):
    return x + 637
def f638(x):
    return x + 638
def f639(x):
    return x + 639
def f640(x):
    return x + 640
def f641(x):
    return x + 641
def f642(x):
    return x + 642
def f643(x):
    return x + 643
def f644(x):
    return x + 644
def f645(x):
    return x + 645
def f646(x):
    return x + 646
def f647(x):
    return x + 647
def f648(x):
    return x + 648
def f649(x):
    return x + 649
def f650(x):
    return x + 650
def f651(x):
    return x + 651
def f652(x):
    return x + 652
def f653(x):
    return x + 653
def f654(x):
    return x + 654
def f655(x):
    return x + 655
def f656(x):
    return x + 656
def f657(x):
    return x + 657
def f658(x):
    return x + 658
def f659(x):
    return x + 659
def f660(x):
    return x + 660
def f661(x):
    return x + 661
def f662(x):
    return x + 662
def f663(x):
    return x + 663
def f664(x):
    return x + 664
def f665(x):
    return x + 665
def f666(x):
    return x + 666
def f667(x):
    return x + 667
def f668(x):
    return x + 668
def f669(x):
    return x + 669
def f670(x):
    return x + 670
def f671(x):
    return x + 671
def f672(x):
    return x + 672
def f673(x):
    return x + 673
def f674(x):
    return x + 674
def f675(x):
    return x + 675
def f676(x):
    return x + 676
def f677(x):
    return x + 677
def f678(x):
    return x + 678
def f679(x):
    return x + 679
def f680(x):
    return x + 680
def f681(x):
    return x + 681
def f682(x):
    return x + 682
def f683(x):
    return x + 683
def f684(x):
    return x + 684
def f685(x):
    return x + 685
def f686(x):
    return x + 686
def f687(x):
    return x + 687
def f688(x):
    return x + 688
def f689(x):
    return x + 689
def f690(x):
    return x + 690
def f691(x):
    return x + 691
def f692(x):
    return x + 692
def f693(x):
    return x + 693
def f694(x):
    return x + 694
def f695(x):
    return x + 695
def f696(x):
    return x + 696
def f697(x):
    return x + 697
def f698(x):
    return x + 698
def f699(x):
    return x + 699
def f700(x):
    return x + 700
def f701(x):
    return x + 701
def f702(x):
    return x + 702
def f703(x):
    return x + 703
def f704(x):
    return x + 704
def f705(x):
    return x + 705
def f706(x):
    return x + 706
def f707(x):
    return x + 707
def f708(x):
    return x + 708
def f709(x):
    return x + 709
def f710(x):
    return x + 710
def f711(x):
    return x + 711
def f712(x):
    return x + 712
def f713(x):
    return x + 713
def f714(x):
    return x + 714
def f715(x):
    return x + 715
def f716(x):
    return x + 716
def f717(x):
    return x + 717
def f718(x):
    return x + 718
def f719(x):
    return x + 719
def f720(x):
    return x + 720
def f721(x):
    return x + 721
def f722(x):
    return x + 722
def f723(x):
    return x + 723
def f724(x):
    return x + 724
def f725(x):
    return x + 725
def f726(x):
    return x + 726
def f727(x):
    return x + 727
def f728(x):
    return x + 728
def f729(x):
    return x + 729
def f730(x):
    return x + 730
def f731(x):
    return x + 731
def f732(x):
    return x + 732
def f733(x):
    return x + 733
def f734(x):
    return x + 734
def f735(x):
    return x + 735
def f736(x):
    return x + 736
def f737(x):
    return x + 737
def f738(x):
    return x + 738
def f739(x):
    return x + 739
def f740(x):
    return x + 740
def f741(x):
    return x + 741
def f742(x):
    return x + 742
def f743(x):
    return x + 743
def f744(x):
    return x + 744
def f745(x):
    return x + 745
def f746(x):
    return x + 746
def f747(x):
    return x + 747
def f748(x):
    return x + 748
def f749(x):
    return x + 749
def f750(x):
    return x + 750
def f751(x):
    return x + 751
def f752(x):
    return x + 752
def f753(x):
    return x + 753
def f754(x):
    return x + 754
def f755(x):
    return x + 755
def f756(x):
    return x + 756
def f757(x):
    return x + 757
def f758(x):
    return x + 758
def f759(x):
    return x + 759
def f760(x):
    return x + 760
def f761(x):
    return x + 761
def f762(x):
    return x + 762
def f763(x):
    return x + 763
def f764(x):
    return x + 764
def f765(x):
    return x + 765
def f766(x):
    return x + 766
def f767(x):
    return x + 767
def f768(x):
    return x + 768
def f769(x):
    return x + 769
def f770(x):
    return x + 770
def f771(x):
    return x + 771
def f772(x):
    return x + 772
def f773(x):
    return x + 773
def f774(x):
    return x + 774
def f775(x):
    return x + 775
def f776(x):
    return x + 776
def f777(x):
    return x + 777
def f778(x):
    return x + 778
def f779(x):
    return x + 779
def f780(x):
    return x + 780
def f781(x):
    return x + 781
def f782(x):
    return x + 782
def f783(x):
    return x + 783
def f784(x):
    return x + 784
def f785(x):
    return x + 785
def f786(x):
    return x + 786
def f787(x):
    return x + 787
def f788(x):
    return x + 788
def f789(x):
    return x + 789
def f790(x):
    return x + 790
def f791(x):
    return x + 791
def f792(x):
    return x + 792
def f793(x):
    return x + 793
def f794(x):
    return x + 794
def f795(x):
    return x + 795
def f796(x):
    return x + 796
def f797(x):
    return x + 797
def f798(x):
    return x + 798
def f799(x):
    return x + 799
def f800(x):
    return x + 800
def f801(x):
    return x + 801
def f802(x):
    return x + 802
def f803(x):
    return x + 803
def f804(x):
    return x + 804
def f805(x):
    return x + 805
def f806(x):
    return x + 806
def f807(x):
    return x + 807
def f808(x):
    return x + 808
def f809(x):
    return x + 809
def f810(x):
    return x + 810
def f811(x):
    return x + 811
def f812(x):
    return x + 812
def f813(x):
    return x + 813
def f814(x):
    return x + 814
def f815(x):
    return x + 815
def f816(x):
    return x + 816
def f817(x):
    return x + 817
def f818(x):
    return x + 818
def f819(x):
    return x + 819
def f820(x):
    return x + 820
def f821(x):
    return x + 821
def f822(x):
    return x + 822
def f823(x):
    return x + 823
def f824(x):
    return x + 824
def f825(x):
    return x + 825
def f826(x):
    return x + 826
def f827(x):
    return x + 827
def f828(x):
    return x + 828
def f829(x):
    return x + 829
def f830(x):
    return x + 830
def f831(x):
    return x + 831
def f832(x):
    return x + 832
def f833(x):
    return x + 833
def f834(x):
    return x + 834
def f835(x):
    return x + 835
def f836(x):
    return x + 836
def f837(x):
    return x + 837
def f838(x):
    return x + 838
def f839(x):
    return x + 839
def f840(x):
    return x + 840
def f841(x):
    return x + 841
def f842(x):
    return x + 842
def f843(x):
    return x + 843
def f844(x):
    return x + 844
def f845(x):
    return x + 845
def f846(x):
    return x + 846
def f847(x):
    return x + 847
def f848(x):
    return x + 848
def f849(x):
    return x + 849
def f850(x):
    return x + 850
def f851(x):
    return x + 851
def f852(x):
    return x + 852
def f853(x):
    return x + 853
def f854(x):
    return x + 854
def f855(x):
    return x + 855
def f856(x):
    return x + 856
def f857(x):
    return x + 857
def f858(x):
    return x + 858
def f859(x):
    return x + 859
def f860(x):
    return x + 860
def f861(x):
    return x + 861
def f862(x):
    return x + 862
def f863(x):
    return x + 863
def f864(x):
    return x + 864
def f865(x):
    return x + 865
def f866(x):
    return x + 866
def f867(x):
    return x + 867
def f868(x):
    return x + 868
def f869(x):
    return x + 869
def f870(x):
    return x + 870
def f871(x):
    return x + 871
def f872(x):
    return x + 872
def f873(x):
    return x + 873
def f874(x):
    return x + 874
def f875(x):
    return x + 875
def f876(x):
    return x + 876
def f877(x):
    return x + 877
def f878(x):
    return x + 878
def f879(x):
    return x + 879
def f880(x):
    return x + 880
def f881(x):
    return x + 881
def f882(x):
    return x + 882
def f883(x):
    return x + 883
def f884(x):
    return x + 884
def f885(x):
    return x + 885
def f886(x):
    return x + 886
def f887(x):
    return x + 887
def f888(x):
    return x + 888
def f889(x):
    return x + 889
def f890(x):
    return x + 890
def f891(x):
    return x + 891
def f892(x):
    return x + 892
def f893(x):
    return x + 893
def f894(x):
    return x + 894
def f895(x):
    return x + 895
def f896(x):
    return x + 896
def f897(x):
    return x + 897
def f898(x):
    return x + 898
def f899(x):
    return x + 899
def f900(x):
    return x + 900
def f901(x):
    return x + 901
def f902(x):
    return x + 902
def f903(x):
    return x + 903
def f904(x):
    return x + 904
def f905(x):
    return x + 905
def f906(x):
    return x + 906
def f907(x):
    return x + 907
def f908(x):
    return x + 908
def f909(x):
    return x + 909
def f910(x):
    return x + 910
def f911(x):
    return x + 911
def f912(x):
    return x + 912
def f913(x):
    return x + 913
def f914(x):
    return x + 914
def f915(x):
    return x + 915
def f916(x):
    return x + 916
def f917(x):
    return x + 917
def f918(x):
    return x + 918
def f919(x):
    return x + 919
def f920(x):
    return x + 920
def f921(x):
    return x + 921
def f922(x):
    return x + 922
def f923(x):
    return x + 923
def f924(x):
    return x + 924
def f925(x):
    return x + 925
def f926(x):
    return x + 926
def f927(x):
    return x + 927
def f928(x):
    return x + 928
def f929(x):
    return x + 929
def f930(x):
    return x + 930
def f931(x):
    return x + 931
def f932(x):
    return x + 932
def f933(x):
    return x + 933
def f934(x):
    return x + 934
def f935(x):
    return x + 935
def f936(x):
    return x + 936
def f937(x):
    return x + 937
def f938(x):
    return x + 938
def f939(x):
    return x + 939
def f940(x):
    return x + 940
def f941(x):
    return x + 941
def f942(x):
    return x + 942
def f943(x):
    return x + 943
def f944(x):
    return x + 944
def f945(x):
    return x + 945
def f946(x):
    return x + 946
def f947(x):
    return x + 947
def f948(x):
    return x + 948
def f949(x):
    return x + 949
def f950(x):
    return x + 950
def f951(x):
    return x + 951
def f952(x):
    return x + 952
def f953(x):
    return x + 953
def f954(x):
    return x + 954
def f955(x):
    return x + 955
def f956(x):
    return x + 956
def f957(x):
    return x + 957
def f958(x):
    return x + 958
def f959(x):
    return x + 959
def f960(x):
    return x + 960
def f961(x):
    return x + 961
def f962(x):
    return x + 962
def f963(x):
    return x + 963
def f964(x):
    return x + 964
def f965(x):
    return x + 965
def f966(x):
    return x + 966
def f967(x):
    return x + 967
def f968(x):
    return x + 968
def f969(x):
    return x + 969
def f970(x):
    return x + 970
def f971(x):
    return x + 971
def f972(x):
    return x + 972
def f973(x):
    return x + 973
def f974(x):
    return x + 974
def f975(x):
    return x + 975
def f976(x):
    return x + 976
def f977(x):
    return x + 977
def f978(x):
    return x + 978
def f979(x):
    return x + 979
def f980(x):
    return x + 980
def f981(x):
    return x + 981
def f982(x):
    return x + 982
def f983(x):
    return x + 983
def f984(x):
    return x + 984
def f985(x):
    return x + 985
def f986(x):
    return x + 986
def f987(x):
    return x + 987
def f988(x):
    return x + 988
def f989(x):
    return x + 989
def f990(x):
    return x + 990
def f991(x):
    return x + 991
def f992(x):
    return x + 992
def f993(x):
    return x + 993
def f994(x):
    return x + 994
def f995(x):
    return x + 995
def f996(x):
    return x + 996
def f997(x):
    return x + 997
def f998(x):
    return x + 998
def f999(x):
    return x + 999
def f1000(x):
    return x + 1000
def f1001(x):
    return x + 1001
def f1002(x):
    return x + 1002
def f1003(x):
    return x + 1003
def f1004(x):
    return x + 1004
def f1005(x):
    return x + 1005
def f1006(x):
    return x + 1006
def f1007(x):
    return x + 1007
def f1008(x):
    return x + 1008
def f1009(x):
    return x + 1009
def f1010(x):
    return x + 1010
def f1011(x):
    return x + 1011
def f1012(x):
    return x + 1012
def f1013(x):
    return x + 1013
def f1014(x):
    return x + 1014
def f1015(x):
    return x + 1015
def f1016(x):
    return x + 1016
def f1017(x):
    return x + 1017
def f1018(x):
    return x + 1018
def f1019(x):
    return x + 1019
def f1020(x):
    return x + 1020
def f1021(x):
    return x + 1021
def f1022(x):
    return x + 1022
def f1023(x):
    return x + 1023
def f1024(x):
    return x + 1024
def f1025(x):
    return x + 1025
def f1026(x):
    return x + 1026
def f1027(x):
    return x + 1027
def f1028(x):
    return x + 1028
def f1029(x):
    return x + 1029
def f1030(x):
    return x + 1030
def f1031(x):
    return x + 1031
def f1032(x):
    return x + 1032
def f1033(x):
    return x + 1033
def f1034(x):
    return x + 1034
def f1035(x):
    return x + 1035
def f1036(x):
    return x + 1036
def f1037(x):
    return x + 1037
def f1038(x):
    return x + 1038
def f1039(x):
    return x + 1039
def f1040(x):
    return x + 1040
def f1041(x):
    return x + 1041
def f1042(x):
    return x + 1042
def f1043(x):
    return x + 1043
def f1044(x):
    return x + 1044
def f1045(x):
    return x + 1045
def f1046(x):
    return x + 1046
def f1047(x):
    return x + 1047
def f1048(x):
    return x + 1048
def f1049(x):
    return x + 1049
def f1050(x):
    return x + 1050
def f1051(x):
    return x + 1051
def f1052(x):
    return x + 1052
def f1053(x):
    return x + 1053
def f1054(x):
    return x + 1054
def f1055(x):
    return x + 1055
def f1056(x):
    return x + 1056
def f1057(x):
    return x + 1057
def f1058(x):
    return x + 1058
def f1059(x):
    return x + 1059
def f1060(x):
    return x + 1060
def f1061(x):
    return x + 1061
def f1062(x):
    return x + 1062
def f1063(x):
    return x + 1063
def f1064(x):
    return x + 1064
def f1065(x):
    return x + 1065
def f1066(x):
    return x + 1066
def f1067(x):
    return x + 1067
def f1068(x):
    return x + 1068
def f1069(x):
    return x + 1069
def f1070(x):
    return x + 1070
def f1071(x):
    return x + 1071
def f1072(x):
    return x + 1072
def f1073(x):
    return x + 1073
def f1074(x):
    return x + 1074
def f1075(x):
    return x + 1075
def f1076(x):
    return x + 1076
def f1077(x):
    return x + 1077
def f1078(x):
    return x + 1078
def f1079(x):
    return x + 1079
def f1080(x):
    return x + 1080
def f1081(x):
    return x + 1081
def f1082(x):
    return x + 1082
def f1083(x):
    return x + 1083
def f1084(x):
    return x + 1084
def f1085(x):
    return x + 1085
def f1086(x):
    return x + 1086
def f1087(x):
    return x + 1087
def f1088(x):
    return x + 1088
def f1089(x):
    return x + 1089
def f1090(x):
    return x + 1090
def f1091(x):
    return x + 1091
def f1092(x):
    return x + 1092
def f1093(x):
    return x + 1093
def f1094(x):
    return x + 1094
def f1095(x):
    return x + 1095
def f1096(x):
    return x + 1096
def f1097(x):
    return x + 1097
def f1098(x):
    return x + 1098
def f1099(x):
    return x + 1099
def f1100(x):
    return x + 1100
def f1101(x):
    return x + 1101
def f1102(x):
    return x + 1102
def f1103(x):
    return x + 1103
def f1104(x):
    return x + 1104
def f1105(x):
    return x + 1105
def f1106(x):
    return x + 1106
def f1107(x):
    return x + 1107
def f1108(x):
    return x + 1108
def f1109(x):
    return x + 1109
def f1110(x):
    return x + 1110
def f1111(x):
    return x + 1111
def f1112(x):
    return x + 1112
def f1113(x):
    return x + 1113
def f1114(x):
    return x + 1114
def f1115(x):
    return x + 1115
def f1116(x):
    return x + 1116
def f1117(x):
    return x + 1117
def f1118(x):
    return x + 1118
def f1119(x):
    return x + 1119
def f1120(x):
    return x + 1120
def f1121(x):
    return x + 1121
def f1122(x):
    return x + 1122
def f1123(x):
    return x + 1123
def f1124(x):
    return x + 1124
def f1125(x):
    return x + 1125
def f1126(x):
    return x + 1126
def f1127(x):
    return x + 1127
def f1128(x):
    return x + 1128
def f1129(x):
    return x + 1129
def f1130(x):
    return x + 1130
def f1131(x):
    return x + 1131
def f1132(x):
    return x + 1132
def f1133(x):
    return x + 1133
def f1134(x):
    return x + 1134
def f1135(x):
    return x + 1135
def f1136(x):
    return x + 1136
def f1137(x):
    return x + 1137
def f1138(x):
    return x + 1138
def f1139(x):
    return x + 1139
def f1140(x):
    return x + 1140
def f1141(x):
    return x + 1141
def f1142(x):
    return x + 1142
def f1143(x):
    return x + 1143
def f1144(x):
    return x + 1144
def f1145(x):
    return x + 1145
def f1146(x):
    return x + 1146
def f1147(x):
    return x + 1147
def f1148(x):
    return x + 1148
def f1149(x):
    return x + 1149
def f1150(x):
    return x + 1150
def f1151(x):
    return x + 1151
def f1152(x):
    return x + 1152
def f1153(x):
    return x + 1153
def f1154(x):
    return x + 1154
def f1155(x):
    return x + 1155
def f1156(x):
    return x + 1156
def f1157(x):
    return x + 1157
def f1158(x):
    return x + 1158
def f1159(x):
    return x + 1159
def f1160(x):
    return x + 1160
def f1161(x):
    return x + 1161
def f1162(x):
    return x + 1162
def f1163(x):
    return x + 1163
def f1164(x):
    return x + 1164
def f1165(x):
    return x + 1165
def f1166(x):
    return x + 1166
def f1167(x):
    return x + 1167
def f1168(x):
    return x + 1168
def f1169(x):
    return x + 1169
def f1170(x):
    return x + 1170
def f1171(x):
    return x + 1171
def f1172(x):
    return x + 1172
def f1173(x):
    return x + 1173
def f1174(x):
    return x + 1174
def f1175(x):
    return x + 1175
def f1176(x):
    return x + 1176
def f1177(x):
    return x + 1177
def f1178(x):
    return x + 1178
def f1179(x):
    return x + 1179
def f1180(x):
    return x + 1180
def f1181(x):
    return x + 1181
def f1182(x):
    return x + 1182
def f1183(x):
    return x + 1183
def f1184(x):
    return x + 1184
def f1185(x):
    return x + 1185
def f1186(x):
    return x + 1186
def f1187(x):
    return x + 1187
def f1188(x):
    return x + 1188
def f1189(x):
    return x + 1189
def f1190(x):
    return x + 1190
def f1191(x):
    return x + 1191
def f1192(x):
    return x + 1192
def f1193(x):
    return x + 1193
def f1194(x):
    return x + 1194
def f1195(x):
    return x + 1195
def f1196(x):
    return x + 1196
def f1197(x):
    return x + 1197
def f1198(x):
    return x + 1198
def f1199(x):
    return x + 1199
def f1200(x):
    return x + 1200
def f1201(x):
    return x + 1201
def f1202(x):
    return x + 1202
def f1203(x):
    return x + 1203
def f1204(x):
    return x + 1204
def f1205(x):
    return x + 1205
def f1206(x):
    return x + 1206
def f1207(x):
    return x + 1207
def f1208(x):
    return x + 1208
def f1209(x):
    return x + 1209
def f1210(x):
    return x + 1210
def f1211(x):
    return x + 1211
def f1212(x):
    return x + 1212
def f1213(x):
    return x + 1213
def f1214(x):
    return x + 1214
def f1215(x):
    return x + 1215
def f1216(x):
    return x + 1216
def f1217(x):
    return x + 1217
def f1218(x):
    return x + 1218
def f1219(x):
    return x + 1219
def f1220(x):
    return x + 1220
def f1221(x):
    return x + 1221
def f1222(x):
    return x + 1222
def f1223(x):
    return x + 1223
def f1224(x):
    return x + 1224
def f1225(x):
    return x + 1225
def f1226(x):
    return x + 1226
def f1227(x):
    return x + 1227
def f1228(x):
    return x + 1228
def f1229(x):
    return x + 1229
def f1230(x):
    return x + 1230
def f1231(x):
    return x + 1231
def f1232(x):
    return x + 1232
def f1233(x):
    return x + 1233
def f1234(x):
    return x + 1234
def f1235(x):
    return x + 1235
def f1236(x):
    return x + 1236
def f1237(x):
    return x + 1237
def f1238(x):
    return x + 1238
def f1239(x):
    return x + 1239
def f1240(x):
    return x + 1240
def f1241(x):
    return x + 1241
def f1242(x):
    return x + 1242
def f1243(x):
    return x + 1243
def f1244(x):
    return x + 1244
def f1245(x):
    return x + 1245
def f1246(x):
    return x + 1246
def f1247(x):
    return x + 1247
def f1248(x):
    return x + 1248
def f1249(x):
    return x + 1249
def f1250(x):
    return x + 1250
def f1251(x):
    return x + 1251
def f1252(x):
    return x + 1252
def f1253(x):
    return x + 1253
def f1254(x):
    return x + 1254
def f1255(x):
    return x + 1255
def f1256(x):
    return x + 1256
def f1257(x):
    return x + 1257
def f1258(x):
    return x + 1258
def f1259(x):
    return x + 1259
def f1260(x):
    return x + 1260
def f1261(x):
    return x + 1261
def f1262(x):
    return x + 1262
def f1263(x):
    return x + 1263
def f1264(x):
    return x + 1264
def f1265(x):
    return x + 1265
def f1266(x):
    return x + 1266
def f1267(x):
    return x + 1267
def f1268(x):
    return x + 1268
def f1269(x):
    return x + 1269
def f1270(x):
    return x + 1270
def f1271(x):
    return x + 1271
def f1272(x):
    return x + 1272
def f1273(x):
    return x + 1273
def f1274(x):
    return x + 1274
def f1275(x):
    return x + 1275
def f1276(x):
    return x + 1276
def f1277(x):
    return x + 1277
def f1278(x):
    return x + 1278
def f1279(x):
    return x + 1279
def f1280(x):
    return x + 1280
def f1281(x):
    return x + 1281
def f1282(x):
    return x + 1282
def f1283(x):
    return x + 1283
def f1284(x):
    return x + 1284
def f1285(x):
    return x + 1285
def f1286(x):
    return x + 1286
def f1287(x):
    return x + 1287
def f1288(x):
    return x + 1288
def f1289(x):
    return x + 1289
def f1290(x):
    return x + 1290
def f1291(x):
    return x + 1291
def f1292(x):
    return x + 1292
def f1293(x):
    return x + 1293
def f1294(x):
    return x + 1294
def f1295(x):
    return x + 1295
def f1296(x):
    return x + 1296
def f1297(x):
    return x + 1297
def f1298(x):
    return x + 1298
def f1299(x):
    return x + 1299
def f1300(x):
    return x + 1300
def f1301(x):
    return x + 1301
def f1302(x):
    return x + 1302
def f1303(x):
    return x + 1303
def f1304(x):
    return x + 1304
def f1305(x):
    return x + 1305
def f1306(x):
    return x + 1306
def f1307(x):
    return x + 1307
def f1308(x):
    return x + 1308
def f1309(x):
    return x + 1309
def f1310(x):
    return x + 1310
def f1311(x):
    return x + 1311
def f1312(x):
    return x + 1312
def f1313(x):
    return x + 1313
def f1314(x):
    return x + 1314
def f1315(x):
    return x + 1315
def f1316(x):
    return x + 1316
def f1317(x):
    return x + 1317
def f1318(x):
    return x + 1318
def f1319(x):
    return x + 1319
def f1320(x):
    return x + 1320
def f1321(x):
    return x + 1321
def f1322(x):
    return x + 1322
def f1323(x):
    return x + 1323
def f1324(x):
    return x + 1324
def f1325(x):
    return x + 1325
def f1326(x):
    return x + 1326
def f1327(x):
    return x + 1327
def f1328(x):
    return x + 1328
def f1329(x):
    return x + 1329
def f1330(x):
    return x + 1330
def f1331(x):
    return x + 1331
def f1332(x):
    return x + 1332
def f1333(x):
    return x + 1333
def f1334(x):
    return x + 1334
def f1335(x):
    return x + 1335
def f1336(x):
    return x + 1336
def f1337(x):
    return x + 1337
def f1338(x):
    return x + 1338
def f1339(x):
    return x + 1339
def f1340(x):
    return x + 1340
def f1341(x):
    return x + 1341
def f1342(x):
    return x + 1342
def f1343(x):
    return x + 1343
def f1344(x):
    return x + 1344
def f1345(x):
    return x + 1345
def f1346(x):
    return x + 1346
def f1347(x):
    return x + 1347
def f1348(x):
    return x + 1348
def f1349(x):
    return x + 1349
def f1350(x):
    return x + 1350
def f1351(x):
    return x + 1351
def f1352(x):
    return x + 1352
def f1353(x):
    return x + 1353
def f1354(x):
    return x + 1354
def f1355(x):
    return x + 1355
def f1356(x):
    return x + 1356
def f1357(x):
    return x + 1357
def f1358(x):
    return x + 1358
def f1359(x):
    return x + 1359
def f1360(x):
    return x + 1360
def f1361(x):
    return x + 1361
def f1362(x):
    return x + 1362
def f1363(x):
    return x + 1363
def f1364(x):
    return x + 1364
def f1365(x):
    return x + 1365
def f1366(x):
    return x + 1366
def f1367(x):
    return x + 1367
def f1368(x):
    return x + 1368
def f1369(x):
    return x + 1369
def f1370(x):
    return x + 1370
def f1371(x):
    return x + 1371
def f1372(x):
    return x + 1372
def f1373(x):
    return x + 1373
def f1374(x):
    return x + 1374
def f1375(x):
    return x + 1375
def f1376(x):
    return x + 1376
def f1377(x):
    return x + 1377
def f1378(x):
    return x + 1378
def f1379(x):
    return x + 1379
def f1380(x):
    return x + 1380
def f1381(x):
    return x + 1381
def f1382(x):
    return x + 1382
def f1383(x):
    return x + 1383
def f1384(x):
    return x + 1384
def f1385(x):
    return x + 1385
def f1386(x):
    return x + 1386
def f1387(x):
    return x + 1387
def f1388(x):
    return x + 1388
def f1389(x):
    return x + 1389
def f1390(x):
    return x + 1390
def f1391(x):
    return x + 1391
def f1392(x):
    return x + 1392
def f1393(x):
    return x + 1393
def f1394(x):
    return x + 1394
def f1395(x):
    return x + 1395
def f1396(x):
    return x + 1396
def f1397(x):
    return x + 1397
def f1398(x):
    return x + 1398
def f1399(x):
    return x + 1399
def f1400(x):
    return x + 1400
def f1401(x):
    return x + 1401
def f1402(x):
    return x + 1402
def f1403(x):
    return x + 1403
def f1404(x):
    return x + 1404
def f1405(x):
    return x + 1405
def f1406(x):
    return x + 1406
def f1407(x):
    return x + 1407
def f1408(x):
    return x + 1408
def f1409(x):
    return x + 1409
def f1410(x):
    return x + 1410
def f1411(x):
    return x + 1411
def f1412(x):
    return x + 1412
def f1413(x):
    return x + 1413
def f1414(x):
    return x + 1414
def f1415(x):
    return x + 1415
def f1416(x):
    return x + 1416
def f1417(x):
    return x + 1417
def f1418(x):
    return x + 1418
def f1419(x):
    return x + 1419
def f1420(x):
    return x + 1420
def f1421(x):
    return x + 1421
def f1422(x):
    return x + 1422
def f1423(x):
    return x + 1423
def f1424(x):
    return x + 1424
def f1425(x):
    return x + 1425
def f1426(x):
    return x + 1426
def f1427(x):
    return x + 1427
def f1428(x):
    return x + 1428
def f1429(x):
    return x + 1429
def f1430(x):
    return x + 1430
def f1431(x):
    return x + 1431
def f1432(x):
    return x + 1432
def f1433(x):
    return x + 1433
def f1434(x):
    return x + 1434
def f1435(x):
    return x + 1435
def f1436(x):
    return x + 1436
def f1437(x):
    return x + 1437
def f1438(x):
    return x + 1438
def f1439(x):
    return x + 1439
def f1440(x):
    return x + 1440
def f1441(x):
    return x + 1441
def f1442(x):
    return x + 1442
def f1443(x):
    return x + 1443
def f1444(x):
    return x + 1444
def f1445(x):
    return x + 1445
def f1446(x):
    return x + 1446
def f1447(x):
    return x + 1447
def f1448(x):
    return x + 1448
def f1449(x):
    return x + 1449
def f1450(x):
    return x + 1450
def f1451(x):
    return x + 1451
def f1452(x):
    return x + 1452
def f1453(x):
    return x + 1453
def f1454(x):
    return x + 1454
def f1455(x):
    return x + 1455
def f1456(x):
    return x + 1456
def f1457(x):
    return x + 1457
def f1458(x):
    return x + 1458
def f1459(x):
    return x + 1459
def f1460(x):
    return x + 1460
def f1461(x):
    return x + 1461
def f1462(x):
    return x + 1462
def f1463(x):
    return x + 1463
def f1464(x):
    return x + 1464
def f1465(x):
    return x + 1465
def f1466(x):
    return x + 1466
def f1467(x):
    return x + 1467
def f1468(x):
    return x + 1468
def f1469(x):
    return x + 1469
def f1470(x):
    return x + 1470
def f1471(x):
    return x + 1471
def f1472(x):
    return x + 1472
def f1473(x):
    return x + 1473
def f1474(x):
    return x + 1474
def f1475(x):
    return x + 1475
def f1476(x):
    return x + 1476
def f1477(x):
    return x + 1477
def f1478(x):
    return x + 1478
def f1479(x):
    return x + 1479
def f1480(x):
    return x + 1480
def f1481(x):
    return x + 1481
def f1482(x):
    return x + 1482
def f1483(x):
    return x + 1483
def f1484(x):
    return x + 1484
def f1485(x):
    return x + 1485
def f1486(x):
    return x + 1486
def f1487(x):
    return x + 1487
def f1488(x):
    return x + 1488
def f1489(x):
    return x + 1489
def f1490(x):
    return x + 1490
def f1491(x):
    return x + 1491
def f1492(x):
    return x + 1492
def f1493(x):
    return x + 1493
def f1494(x):
    return x + 1494
def f1495(x):
    return x + 1495
def f1496(x):
    return x + 1496
def f1497(x):
    return x + 1497
def f1498(x):
    return x + 1498
def f1499(x):
    return x + 1499
def f1500(x):
    return x + 1500
def f1501(x):
    return x + 1501
def f1502(x):
    return x + 1502
def f1503(x):
    return x + 1503
def f1504(x):
    return x + 1504
def f1505(x):
    return x + 1505
def f1506(x):
    return x + 1506
def f1507(x):
    return x + 1507
def f1508(x):
    return x + 1508
def f1509(x):
    return x + 1509
def f1510(x):
    return x + 1510
def f1511(x):
    return x + 1511
def f1512(x):
    return x + 1512
def f1513(x):
    return x + 1513
def f1514(x):
    return x + 1514
def f1515(x):
    return x + 1515
def f1516(x):
    return x + 1516
def f1517(x):
    return x + 1517
def f1518(x):
    return x + 1518
def f1519(x):
    return x + 1519
def f1520(x):
    return x + 1520
def f1521(x):
    return x + 1521
def f1522(x):
    return x + 1522
def f1523(x):
    return x + 1523
def f1524(x):
    return x + 1524
def f1525(x):
    return x + 1525
def f1526(x):
    return x + 1526
def f1527(x):
    return x + 1527
def f1528(x):
    return x + 1528
def f1529(x):
    return x + 1529
def f1530(x):
    return x + 1530
def f1531(x):
    return x + 1531
def f1532(x):
    return x + 1532
def f1533(x):
    return x + 1533
def f1534(x):
    return x + 1534
def f1535(x):
    return x + 1535
def f1536(x):
    return x + 1536
def f1537(x):
    return x + 1537
def f1538(x):
    return x + 1538
def f1539(x):
    return x + 1539
def f1540(x):
    return x + 1540
def f1541(x):
    return x + 1541
def f1542(x):
    return x + 1542
def f1543(x):
    return x + 1543
def f1544(x):
    return x + 1544
def f1545(x):
    return x + 1545
def f1546(x):
    return x + 1546
def f1547(x):
    return x + 1547
def f1548(x):
    return x + 1548
def f1549(x):
    return x + 1549
def f1550(x):
    return x + 1550
def f1551(x):
    return x + 1551
def f1552(x):
    return x + 1552
def f1553(x):
    return x + 1553
def f1554(x):
    return x + 1554
def f1555(x):
    return x + 1555
def f1556(x):
    return x + 1556
def f1557(x):
    return x + 1557
def f1558(x):
    return x + 1558
def f1559(x):
    return x + 1559
def f1560(x):
    return x + 1560
def f1561(x):
    return x + 1561
def f1562(x):
    return x + 1562
def f1563(x):
    return x + 1563
def f1564(x):
    return x + 1564
def f1565(x):
    return x + 1565
def f1566(x):
    return x + 1566
def f1567(x):
    return x + 1567
def f1568(x):
    return x + 1568
def f1569(x):
    return x + 1569
def f1570(x):
    return x + 1570
def f1571(x):
    return x + 1571
def f1572(x):
    return x + 1572
def f1573(x):
    return x + 1573
def f1574(x):
    return x + 1574
def f1575(x):
    return x + 1575
def f1576(x):
    return x + 1576
def f1577(x):
    return x + 1577
def f1578(x):
    return x + 1578
def f1579(x):
    return x + 1579
def f1580(x):
    return x + 1580
def f1581(x):
    return x + 1581
def f1582(x):
    return x + 1582
def f1583(x):
    return x + 1583
def f1584(x):
    return x + 1584
def f1585(x):
    return x + 1585
def f1586(x):
    return x + 1586
def f1587(x):
    return x + 1587
def f1588(x):
    return x + 1588
def f1589(x):
    return x + 1589
def f1590(x):
    return x + 1590
def f1591(x):
    return x + 1591
def f1592(x):
    return x + 1592
def f1593(x):
    return x + 1593
def f1594(x):
    return x + 1594
def f1595(x):
    return x + 1595
def f1596(x):
    return x + 1596
def f1597(x):
    return x + 1597
def f1598(x):
    return x + 1598
def f1599(x):
    return x + 1599
def f1600(x):
    return x + 1600
def f1601(x):
    return x + 1601
def f1602(x):
    return x + 1602
def f1603(x):
    return x + 1603
def f1604(x):
    return x + 1604
def f1605(x):
    return x + 1605
def f1606(x):
    return x + 1606
def f1607(x):
    return x + 1607
def f1608(x):
    return x + 1608
def f1609(x):
    return x + 1609
def f1610(x):
    return x + 1610
def f1611(x):
    return x + 1611
def f1612(x):
    return x + 1612
def f1613(x):
    return x + 1613
def f1614(x):
    return x + 1614
def f1615(x):
    return x + 1615
def f1616(x):
    return x + 1616
def f1617(x):
    return x + 1617
def f1618(x):
    return x + 1618
def f1619(x):
    return x + 1619
def f1620(x):
    return x + 1620
def f1621(x):
    return x + 1621
def f1622(x):
    return x + 1622
def f1623(x):
    return x + 1623
def f1624(x):
    return x + 1624
def f1625(x):
    return x + 1625
def f1626(x):
    return x + 1626
def f1627(x):
    return x + 1627
def f1628(x):
    return x + 1628
def f1629(x):
    return x + 1629
def f1630(x):
    return x + 1630
def f1631(x):
    return x + 1631
def f1632(x):
    return x + 1632
def f1633(x):
    return x + 1633
def f1634(x):
    return x + 1634
def f1635(x):
    return x + 1635
def f1636(x):
    return x + 1636
def f1637(x):
    return x + 1637
def f1638(x):
    return x + 1638
def f1639(x):
    return x + 1639
def f1640(x):
    return x + 1640
def f1641(x):
    return x + 1641
def f1642(x):
    return x + 1642
def f1643(x):
    return x + 1643
def f1644(x):
    return x + 1644
def f1645(x):
    return x + 1645
def f1646(x):
    return x + 1646
def f1647(x):
    return x + 1647
def f1648(x):
    return x + 1648
def f1649(x):
    return x + 1649
def f1650(x):
    return x + 1650
def f1651(x):
    return x + 1651
def f1652(x):
    return x + 1652
def f1653(x):
    return x + 1653
def f1654(x):
    return x + 1654
def f1655(x):
    return x + 1655
def f1656(x):
    return x + 1656
def f1657(x):
    return x + 1657
def f1658(x):
    return x + 1658
def f1659(x):
    return x + 1659
def f1660(x):
    return x + 1660
def f1661(x):
    return x + 1661
def f1662(x):
    return x + 1662
def f1663(x):
    return x + 1663
def f1664(x):
    return x + 1664
def f1665(x):
    return x + 1665
def f1666(x):
    return x + 1666
def f1667(x):
    return x + 1667
def f1668(x):
    return x + 1668
def f1669(x):
    return x + 1669
def f1670(x):
    return x + 1670
def f1671(x):
    return x + 1671
def f1672(x):
    return x + 1672
def f1673(x):
    return x + 1673
def f1674(x):
    return x + 1674
def f1675(x):
    return x + 1675
def f1676(x):
    return x + 1676
def f1677(x):
    return x + 1677
def f1678(x):
    return x + 1678
def f1679(x):
    return x + 1679
def f1680(x):
    return x + 1680
def f1681(x):
    return x + 1681
def f1682(x):
    return x + 1682
def f1683(x):
    return x + 1683
def f1684(x):
    return x + 1684
def f1685(x):
    return x + 1685
def f1686(x):
    return x + 1686
def f1687(x):
    return x + 1687
def f1688(x):
    return x + 1688
def f1689(x):
    return x + 1689
def f1690(x):
    return x + 1690
def f1691(x):
    return x + 1691
def f1692(x):
    return x + 1692
def f1693(x):
    return x + 1693
def f1694(x):
    return x + 1694
def f1695(x):
    return x + 1695
def f1696(x):
    return x + 1696
def f1697(x):
    return x + 1697
def f1698(x):
    return x + 1698
def f1699(x):
    return x + 1699
def f1700(x):
    return x + 1700
def f1701(x):
    return x + 1701
def f1702(x):
    return x + 1702
def f1703(x):
    return x + 1703
def f1704(x):
    return x + 1704
def f1705(x):
    return x + 1705
def f1706(x):
    return x + 1706
def f1707(x):
    return x + 1707
def f1708(x):
    return x + 1708
def f1709(x):
    return x + 1709
def f1710(x):
    return x + 1710
def f1711(x):
    return x + 1711
def f1712(x):
    return x + 1712
def f1713(x):
    return x + 1713
def f1714(x):
    return x + 1714
def f1715(x):
    return x + 1715
def f1716(x):
    return x + 1716
def f1717(x):
    return x + 1717
def f1718(x):
    return x + 1718
def f1719(x):
    return x + 1719
def f1720(x):
    return x + 1720
def f1721(x):
    return x + 1721
def f1722(x):
    return x + 1722
def f1723(x):
    return x + 1723
def f1724(x):
    return x + 1724
def f1725(x):
    return x + 1725
def f1726(x):
    return x + 1726
def f1727(x):
    return x + 1727
def f1728(x):
    return x + 1728
def f1729(x):
    return x + 1729
def f1730(x):
    return x + 1730
def f1731(x):
    return x + 1731
def f1732(x):
    return x + 1732
def f1733(x):
    return x + 1733
def f1734(x):
    return x + 1734
def f1735(x):
    return x + 1735
def f1736(x):
    return x + 1736
def f1737(x):
    return x + 1737
def f1738(x):
    return x + 1738
def f1739(x):
    return x + 1739
def f1740(x):
    return x + 1740
def f1741(x):
    return x + 1741
def f1742(x):
    return x + 1742
def f1743(x):
    return x + 1743
def f1744(x):
    return x + 1744
def f1745(x):
    return x + 1745
def f1746(x):
    return x + 1746
def f1747(x):
    return x + 1747
def f1748(x):
    return x + 1748
def f1749(x):
    return x + 1749
def f1750(x):
    return x + 1750
def f1751(x):
    return x + 1751
def f1752(x):
    return x + 1752
def f1753(x):
    return x + 1753
def f1754(x):
    return x + 1754
def f1755(x):
    return x + 1755
def f1756(x):
    return x + 1756
def f1757(x):
    return x + 1757
def f1758(x):
    return x + 1758
def f1759(x):
    return x + 1759
def f1760(x):
    return x + 1760
def f1761(x):
    return x + 1761
def f1762(x):
    return x + 1762
def f1763(x):
    return x + 1763
def f1764(x):
    return x + 1764
def f1765(x):
    return x + 1765
def f1766(x):
    return x + 1766
def f1767(x):
    return x + 1767
def f1768(x):
    return x + 1768
def f1769(x):
    return x + 1769
def f1770(x):
    return x + 1770
def f1771(x):
    return x + 1771
def f1772(x):
    return x + 1772
def f1773(x):
    return x + 1773
def f1774(x):
    return x + 1774
def f1775(x):
    return x + 1775
def f1776(x):
    return x + 1776
def f1777(x):
    return x + 1777
def f1778(x):
    return x + 1778
def f1779(x):
    return x + 1779
def f1780(x):
    return x + 1780
def f1781(x):
    return x + 1781
def f1782(x):
    return x + 1782
def f1783(x):
    return x + 1783
def f1784(x):
    return x + 1784
def f1785(x):
    return x + 1785
def f1786(x):
    return x + 1786
def f1787(x):
    return x + 1787
def f1788(x):
    return x + 1788
def f1789(x):
    return x + 1789
def f1790(x):
    return x + 1790
def f1791(x):
    return x + 1791
def f1792(x):
    return x + 1792
def f1793(x):
    return x + 1793
def f1794(x):
    return x + 1794
def f1795(x):
    return x + 1795
def f1796(x):
    return x + 1796
def f1797(x):
    return x + 1797
def f1798(x):
    return x + 1798
def f1799(x):
    return x + 1799
def f1800(x):
    return x + 1800
def f1801(x):
    return x + 1801
def f1802(x):
    return x + 1802
def f1803(x):
    return x + 1803
def f1804(x):
    return x + 1804
def f1805(x):
    return x + 1805
def f1806(x):
    return x + 1806
def f1807(x):
    return x + 1807
def f1808(x):
    return x + 1808
def f1809(x):
    return x + 1809
def f1810(x):
    return x + 1810
def f1811(x):
    return x + 1811
def f1812(x):
    return x + 1812
def f1813(x):
    return x + 1813
def f1814(x):
    return x + 1814
def f1815(x):
    return x + 1815
def f1816(x):
    return x + 1816
def f1817(x):
    return x + 1817
def f1818(x):
    return x + 1818
def f1819(x):
    return x + 1819
def f1820(x):
    return x + 1820
def f1821(x):
    return x + 1821
def f1822(x):
    return x + 1822
def f1823(x):
    return x + 1823
def f1824(x):
    return x + 1824
def f1825(x):
    return x + 1825
def f1826(x):
    return x + 1826
def f1827(x):
    return x + 1827
def f1828(x):
    return x + 1828
def f1829(x):
    return x + 1829
def f1830(x):
    return x + 1830
def f1831(x):
    return x + 1831
def f1832(x):
    return x + 1832
def f1833(x):
    return x + 1833
def f1834(x):
    return x + 1834
def f1835(x):
    return x + 1835
def f1836(x):
    return x + 1836
def f1837(x):
    return x + 1837
def f1838(x):
    return x + 1838
def f1839(x):
    return x + 1839
def f1840(x):
    return x + 1840
def f1841(x):
    return x + 1841
def f1842(x):
    return x + 1842
def f1843(x):
    return x + 1843
def f1844(x):
    return x + 1844
def f1845(x):
    return x + 1845
def f1846(x):
    return x + 1846
def f1847(x):
    return x + 1847
def f1848(x):
    return x + 1848
def f1849(x):
    return x + 1849
def f1850(x):
    return x + 1850
def f1851(x):
    return x + 1851
def f1852(x):
    return x + 1852
def f1853(x):
    return x + 1853
def f1854(x):
    return x + 1854
def f1855(x):
    return x + 1855
def f1856(x):
    return x + 1856
def f1857(x):
    return x + 1857
def f1858(x):
    return x + 1858
def f1859(x):
    return x + 1859
def f1860(x):
    return x + 1860
def f1861(x):
    return x + 1861
def f1862(x):
    return x + 1862
def f1863(x):
    return x + 1863
def f1864(x):
    return x + 1864
def f1865(x):
    return x + 1865
def f1866(x):
    return x + 1866
def f1867(x):
    return x + 1867
def f1868(x):
    return x + 1868
def f1869(x):
    return x + 1869
def f1870(x):
    return x + 1870
def f1871(x):
    return x + 1871
def f1872(x):
    return x + 1872
def f1873(x):
    return x + 1873
def f1874(x):
    return x + 1874
def f1875(x):
    return x + 1875
def f1876(x):
    return x + 1876
def f1877(x):
    return x + 1877
def f1878(x):
    return x + 1878
def f1879(x):
    return x + 1879
def f1880(x):
    return x + 1880
def f1881(x):
    return x + 1881
def f1882(x):
    return x + 1882
def f1883(x):
    return x + 1883
def f1884(x):
    return x + 1884
def f1885(x):
    return x + 1885
def f1886(x):
    return x + 1886
def f1887(x):
    return x + 1887
def f1888(x):
    return x + 1888
def f1889(x):
    return x + 1889
def f1890(x):
    return x + 1890
def f1891(x):
    return x + 1891
def f1892(x):
    return x + 1892
def f1893(x):
    return x + 1893
def f1894(x):
    return x + 1894
def f1895(x):
    return x + 1895
def f1896(x):
    return x + 1896
def f1897(x):
    return x + 1897
def f1898(x):
    return x + 1898
def f1899(x):
    return x + 1899
def f1900(x):
    return x + 1900
def f1901(x):
    return x + 1901
def f1902(x):
    return x + 1902
def f1903(x):
    return x + 1903
def f1904(x):
    return x + 1904
def f1905(x):
    return x + 1905
def f1906(x):
    return x + 1906
def f1907(x):
    return x + 1907
def f1908(x):
    return x + 1908
def f1909(x):
    return x + 1909
def f1910(x):
    return x + 1910
def f1911(x):
    return x + 1911
def f1912(x):
    return x + 1912
def f1913(x):
    return x + 1913
def f1914(x):
    return x + 1914
def f1915(x):
    return x + 1915
def f1916(x):
    return x + 1916
def f1917(x):
    return x + 1917
def f1918(x):
    return x + 1918
def f1919(x):
    return x + 1919
def f1920(x):
    return x + 1920
def f1921(x):
    return x + 1921
def f1922(x):
    return x + 1922
def f1923(x):
    return x + 1923
def f1924(x):
    return x + 1924
def f1925(x):
    return x + 1925
def f1926(x):
    return x + 1926
def f1927(x):
    return x + 1927
def f1928(x):
    return x + 1928
def f1929(x):
    return x + 1929
def f1930(x):
    return x + 1930
def f1931(x):
    return x + 1931
def f1932(x):
    return x + 1932
def f1933(x):
    return x + 1933
def f1934(x):
    return x + 1934
def f1935(x):
    return x + 1935
def f1936(x):
    return x + 1936
def f1937(x):
    return x + 1937
def f1938(x):
    return x + 1938
def f1939(x):
    return x + 1939
def f1940(x):
    return x + 1940
def f1941(x):
    return x + 1941
def f1942(x):
    return x + 1942
def f1943(x):
    return x + 1943
def f1944(x):
    return x + 1944
def f1945(x):
    return x + 1945
def f1946(x):
    return x + 1946
def f1947(x):
    return x + 1947
def f1948(x):
    return x + 1948
def f1949(x):
    return x + 1949
def f1950(x):
    return x + 1950
def f1951(x):
    return x + 1951
def f1952(x):
    return x + 1952
def f1953(x):
    return x + 1953
def f1954(x):
    return x + 1954
def f1955(x):
    return x + 1955
def f1956(x):
    return x + 1956
def f1957(x):
    return x + 1957
def f1958(x):
    return x + 1958
def f1959(x):
    return x + 1959
def f1960(x):
    return x + 1960
def f1961(x):
    return x + 1961
def f1962(x):
    return x + 1962
def f1963(x):
    return x + 1963
def f1964(x):
    return x + 1964
def f1965(x):
    return x + 1965
def f1966(x):
    return x + 1966
def f1967(x):
    return x + 1967
def f1968(x):
    return x + 1968
def f1969(x):
    return x + 1969
def f1970(x):
    return x + 1970
def f1971(x):
    return x + 1971
def f1972(x):
    return x + 1972
def f1973(x):
    return x + 1973
def f1974(x):
    return x + 1974
def f1975(x):
    return x + 1975
def f1976(x):
    return x + 1976
def f1977(x):
    return x + 1977
def f1978(x):
    return x + 1978
def f1979(x):
    return x + 1979
def f1980(x):
    return x + 1980
def f1981(x):
    return x + 1981
def f1982(x):
    return x + 1982
def f1983(x):
    return x + 1983
def f1984(x):
    return x + 1984
def f1985(x):
    return x + 1985
def f1986(x):
    return x + 1986
def f1987(x):
    return x + 1987
def f1988(x):
    return x + 1988
def f1989(x):
    return x + 1989
def f1990(x):
    return x + 1990
def f1991(x):
    return x + 1991
def f1992(x):
    return x + 1992
def f1993(x):
    return x + 1993
def f1994(x):
    return x + 1994
def f1995(x):
    return x + 1995
def f1996(x):
    return x + 1996
def f1997(x):
    return x + 1997
def f1998(x):
    return x + 1998
def f1999(x):
    return x + 1999
def f2000(x):
    return x + 2000
def f2001(x):
    return x + 2001
def f2002(x):
    return x + 2002
def f2003(x):
    return x + 2003
def f2004(x):
    return x + 2004
def f2005(x):
    return x + 2005
def f2006(x):
    return x + 2006
def f2007(x):
    return x + 2007
def f2008(x):
    return x + 2008
def f2009(x):
    return x + 2009
def f2010(x):
    return x + 2010
def f2011(x):
    return x + 2011
def f2012(x):
    return x + 2012
def f2013(x):
    return x + 2013
def f2014(x):
    return x + 2014
def f2015(x):
    return x + 2015
def f2016(x):
    return x + 2016
def f2017(x):
    return x + 2017
def f2018(x):
    return x + 2018
def f2019(x):
    return x + 2019
def f2020(x):
    return x + 2020
def f2021(x):
    return x + 2021
def f2022(x):
    return x + 2022
def f2023(x):
    return x + 2023
def f2024(x):
    return x + 2024
def f2025(x):
    return x + 2025
def f2026(x):
    return x + 2026
def f2027(x):
    return x + 2027
def f2028(x):
    return x + 2028
def f2029(x):
    return x + 2029
def f2030(x):
    return x + 2030
def f2031(x):
    return x + 2031
def f2032(x):
    return x + 2032
def f2033(x):
    return x + 2033
def f2034(x):
    return x + 2034
def f2035(x):
    return x + 2035
def f2036(x):
    return x + 2036
def f2037(x):
    return x + 2037
def f2038(x):
    return x + 2038
def f2039(x):
    return x + 2039
def f2040(x):
    return x + 2040
def f2041(x):
    return x + 2041
def f2042(x):
    return x + 2042
def f2043(x):
    return x + 2043
def f2044(x):
    return x + 2044
def f2045(x):
    return x + 2045
def f2046(x):
    return x + 2046
def f2047(x):
    return x + 2047
def f2048(x):
    return x + 2048
def f2049(x):
    return x + 2049
def f2050(x):
    return x + 2050
def f2051(x):
    return x + 2051
def f2052(x):
    return x + 2052
def f2053(x):
    return x + 2053
def f2054(x):
    return x + 2054
def f2055(x):
    return x + 2055
def f2056(x):
    return x + 2056
def f2057(x):
    return x + 2057
def f2058(x):
    return x + 2058
def f2059(x):
    return x + 2059
def f2060(x):
    return x + 2060
def f2061(x):
    return x + 2061
def f2062(x):
    return x + 2062
def f2063(x):
    return x + 2063
def f2064(x):
    return x + 2064
def f2065(x):
    return x + 2065
def f2066(x):
    return x + 2066
def f2067(x):
    return x + 2067
def f2068(x):
    return x + 2068
def f2069(x):
    return x + 2069
def f2070(x):
    return x + 2070
def f2071(x):
    return x + 2071
def f2072(x):
    return x + 2072
def f2073(x):
    return x + 2073
def f2074(x):
    return x + 2074
def f2075(x):
    return x + 2075
def f2076(x):
    return x + 2076
def f2077(x):
    return x + 2077
def f2078(x):
    return x + 2078
def f2079(x):
    return x + 2079
def f2080(x):
    return x + 2080
def f2081(x):
    return x + 2081
def f2082(x):
    return x + 2082
def f2083(x):
    return x + 2083
def f2084(x):
    return x + 2084
def f2085(x):
    return x + 2085
def f2086(x):
    return x + 2086
def f2087(x):
    return x + 2087
def f2088(x):
    return x + 2088
def f2089(x):
    return x + 2089
def f2090(x):
    return x + 2090
def f2091(x):
    return x + 2091
def f2092(x):
    return x + 2092
def f2093(x):
    return x + 2093
def f2094(x):
    return x + 2094
def f2095(x):
    return x + 2095
def f2096(x):
    return x + 2096
def f2097(x):
    return x + 2097
def f2098(x):
    return x + 2098
def f2099(x):
    return x + 2099
def f2100(x):
    return x + 2100
def f2101(x):
    return x + 2101
def f2102(x):
    return x + 2102
def f2103(x):
    return x + 2103
def f2104(x):
    return x + 2104
def f2105(x):
    return x + 2105
def f2106(x):
    return x + 2106
def f2107(x):
    return x + 2107
def f2108(x):
    return x + 2108
def f2109(x):
    return x + 2109
def f2110(x):
    return x + 2110
def f2111(x):
    return x + 2111
def f2112(x):
    return x + 2112
def f2113(x):
    return x + 2113
def f2114(x):
    return x + 2114
def f2115(x):
    return x + 2115
def f2116(x):
    return x + 2116
def f2117(x):
    return x + 2117
def f2118(x):
    return x + 2118
def f2119(x):
    return x + 2119
def f2120(x):
    return x + 2120
def f2121(x):
    return x + 2121
def f2122(x):
    return x + 2122
def f2123(x):
    return x + 2123
def f2124(x):
    return x + 2124
def f2125(x):
    return x + 2125
def f2126(x):
    return x + 2126
def f2127(x):
    return x + 2127
def f2128(x):
    return x + 2128
def f2129(x):
    return x + 2129
def f2130(x):
    return x + 2130
def f2131(x):
    return x + 2131
def f2132(x):
    return x + 2132
def f2133(x):
    return x + 2133
def f2134(x):
    return x + 2134
def f2135(x):
    return x + 2135
def f2136(x):
    return x + 2136
def f2137(x):
    return x + 2137
def f2138(x):
    return x + 2138
def f2139(x):
    return x + 2139
def f2140(x):
    return x + 2140
def f2141(x):
    return x + 2141
def f2142(x):
    return x + 2142
def f2143(x):
    return x + 2143
def f2144(x):
    return x + 2144
def f2145(x):
    return x + 2145
def f2146(x):
    return x + 2146
def f2147(x):
    return x + 2147
def f2148(x):
    return x + 2148
def f2149(x):
    return x + 2149
def f2150(x):
    return x + 2150
def f2151(x):
    return x + 2151
def f2152(x):
    return x + 2152
def f2153(x):
    return x + 2153
def f2154(x):
    return x + 2154
def f2155(x):
    return x + 2155
def f2156(x):
    return x + 2156
def f2157(x):
    return x + 2157
def f2158(x):
    return x + 2158
def f2159(x):
    return x + 2159
def f2160(x):
    return x + 2160
def f2161(x):
    return x + 2161
def f2162(x):
    return x + 2162
def f2163(x):
    return x + 2163
def f2164(x):
    return x + 2164
def f2165(x):
    return x + 2165
def f2166(x):
    return x + 2166
def f2167(x):
    return x + 2167
def f2168(x):
    return x + 2168
def f2169(x):
    return x + 2169
def f2170(x):
    return x + 2170
def f2171(x):
    return x + 2171
def f2172(x):
    return x + 2172
def f2173(x):
    return x + 2173
def f2174(x):
    return x + 2174
def f2175(x):
    return x + 2175
def f2176(x):
    return x + 2176
def f2177(x):
    return x + 2177
def f2178(x):
    return x + 2178
def f2179(x):
    return x + 2179
def f2180(x):
    return x + 2180
def f2181(x):
    return x + 2181
def f2182(x):
    return x + 2182
def f2183(x):
    return x + 2183
def f2184(x):
    return x + 2184
def f2185(x):
    return x + 2185
def f2186(x):
    return x + 2186
def f2187(x):
    return x + 2187
def f2188(x):
    return x + 2188
def f2189(x):
    return x + 2189
def f2190(x):
    return x + 2190
def f2191(x):
    return x + 2191
def f2192(x):
    return x + 2192
def f2193(x):
    return x + 2193
def f2194(x):
    return x + 2194
def f2195(x):
    return x + 2195
def f2196(x):
    return x + 2196
def f2197(x):
    return x + 2197
def f2198(x):
    return x + 2198
def f2199(x):
    return x + 2199
def f2200(x):
    return x + 2200
def f2201(x):
    return x + 2201
def f2202(x):
    return x + 2202
def f2203(x):
    return x + 2203
def f2204(x):
    return x + 2204
def f2205(x):
    return x + 2205
def f2206(x):
    return x + 2206
def f2207(x):
    return x + 2207
def f2208(x):
    return x + 2208
def f2209(x):
    return x + 2209
def f2210(x):
    return x + 2210
def f2211(x):
    return x + 2211
def f2212(x):
    return x + 2212
def f2213(x):
    return x + 2213
def f2214(x):
    return x + 2214
def f2215(x):
    return x + 2215
def f2216(x):
    return x + 2216
def f2217(x):
    return x + 2217
def f2218(x):
    return x + 2218
def f2219(x):
    return x + 2219
def f2220(x):
    return x + 2220
def f2221(x):
    return x + 2221
def f2222(x):
    return x + 2222
def f2223(x):
    return x + 2223
def f2224(x):
    return x + 2224
def f2225(x):
    return x + 2225
def f2226(x):
    return x + 2226
def f2227(x):
    return x + 2227
def f2228(x):
    return x + 2228
def f2229(x):
    return x + 2229
def f2230(x):
    return x + 2230
def f2231(x):
    return x + 2231
def f2232(x):
    return x + 2232
def f2233(x):
    return x + 2233
def f2234(x):
    return x + 2234
def f2235(x):
    return x + 2235
def f2236(x):
    return x + 2236
def f2237(x):
    return x + 2237
def f2238(x):
    return x + 2238
def f2239(x):
    return x + 2239
def f2240(x):
    return x + 2240
def f2241(x):
    return x + 2241
def f2242(x):
    return x + 2242
def f2243(x):
    return x + 2243
def f2244(x):
    return x + 2244
def f2245(x):
    return x + 2245
def f2246(x):
    return x + 2246
def f2247(x):
    return x + 2247
def f2248(x):
    return x + 2248
def f2249(x):
    return x + 2249
def f2250(x):
    return x + 2250
def f2251(x):
    return x + 2251
def f2252(x):
    return x + 2252
def f2253(x):
    return x + 2253
def f2254(x):
    return x + 2254
def f2255(x):
    return x + 2255
def f2256(x):
    return x + 2256
def f2257(x):
    return x + 2257
def f2258(x):
    return x + 2258
def f2259(x):
    return x + 2259
def f2260(x):
    return x + 2260
def f2261(x):
    return x + 2261
def f2262(x):
    return x + 2262
def f2263(x):
    return x + 2263
def f2264(x):
    return x + 2264
def f2265(x):
    return x + 2265
def f2266(x):
    return x + 2266
def f2267(x):
    return x + 2267
def f2268(x):
    return x + 2268
def f2269(x):
    return x + 2269
def f2270(x):
    return x + 2270
def f2271(x):
    return x + 2271
def f2272(x):
    return x + 2272
def f2273(x):
    return x + 2273
def f2274(x):
    return x + 2274
def f2275(x):
    return x + 2275
def f2276(x):
    return x + 2276
def f2277(x):
    return x + 2277
def f2278(x):
    return x + 2278
def f2279(x):
    return x + 2279
def f2280(x):
    return x + 2280
def f2281(x):
    return x + 2281
def f2282(x):
    return x + 2282
def f2283(x):
    return x + 2283
def f2284(x):
    return x + 2284
def f2285(x):
    return x + 2285
def f2286(x):
    return x + 2286
def f2287(x):
    return x + 2287
def f2288(x):
    return x + 2288
def f2289(x):
    return x + 2289
def f2290(x):
    return x + 2290
def f2291(x):
    return x + 2291
def f2292(x):
    return x + 2292
def f2293(x):
    return x + 2293
def f2294(x):
    return x + 2294
def f2295(x):
    return x + 2295
def f2296(x):
    return x + 2296
def f2297(x):
    return x + 2297
def f2298(x):
    return x + 2298
def f2299(x):
    return x + 2299
def f2300(x):
    return x + 2300
def f2301(x):
    return x + 2301
def f2302(x):
    return x + 2302
def f2303(x):
    return x + 2303
def f2304(x):
    return x + 2304
def f2305(x):
    return x + 2305
def f2306(x):
    return x + 2306
def f2307(x):
    return x + 2307
def f2308(x):
    return x + 2308
def f2309(x):
    return x + 2309
def f2310(x):
    return x + 2310
def f2311(x):
    return x + 2311
def f2312(x):
    return x + 2312
def f2313(x):
    return x + 2313
def f2314(x):
    return x + 2314
def f2315(x):
    return x + 2315
def f2316(x):
    return x + 2316
def f2317(x):
    return x + 2317
def f2318(x):
    return x + 2318
def f2319(x):
    return x + 2319
def f2320(x):
    return x + 2320
def f2321(x):
    return x + 2321
def f2322(x):
    return x + 2322
def f2323(x):
    return x + 2323
def f2324(x):
    return x + 2324
def f2325(x):
    return x + 2325
def f2326(x):
    return x + 2326
def f2327(x):
    return x + 2327
def f2328(x):
    return x + 2328
def f2329(x):
    return x + 2329
def f2330(x):
    return x + 2330
def f2331(x):
    return x + 2331
def f2332(x):
    return x + 2332
def f2333(x):
    return x + 2333
def f2334(x):
    return x + 2334
def f2335(x):
    return x + 2335
def f2336(x):
    return x + 2336
def f2337(x):
    return x + 2337
def f2338(x):
    return x + 2338
def f2339(x):
    return x + 2339
def f2340(x):
    return x + 2340
def f2341(x):
    return x + 2341
def f2342(x):
    return x + 2342
def f2343(x):
    return x + 2343
def f2344(x):
    return x + 2344
def f2345(x):
    return x + 2345
def f2346(x):
    return x + 2346
def f2347(x):
    return x + 2347
def f2348(x):
    return x + 2348
def f2349(x):
    return x + 2349
def f2350(x):
    return x + 2350
def f2351(x):
    return x + 2351
def f2352(x):
    return x + 2352
def f2353(x):
    return x + 2353
def f2354(x):
    return x + 2354
def f2355(x):
    return x + 2355
def f2356(x):
    return x + 2356
def f2357(x):
    return x + 2357
def f2358(x):
    return x + 2358
def f2359(x):
    return x + 2359
def f2360(x):
    return x + 2360
def f2361(x):
    return x + 2361
def f2362(x):
    return x + 2362
def f2363(x):
    return x + 2363
def f2364(x):
    return x + 2364
def f2365(x):
    return x + 2365
def f2366(x):
    return x + 2366
def f2367(x):
    return x + 2367
def f2368(x):
    return x + 2368
def f2369(x):
    return x + 2369
def f2370(x):
    return x + 2370
def f2371(x):
    return x + 2371
def f2372(x):
    return x + 2372
def f2373(x):
    return x + 2373
def f2374(x):
    return x + 2374
def f2375(x):
    return x + 2375
def f2376(x):
    return x + 2376
def f2377(x):
    return x + 2377
def f2378(x):
    return x + 2378
def f2379(x):
    return x + 2379
def f2380(x):
    return x + 2380
def f2381(x):
    return x + 2381
def f2382(x):
    return x + 2382
def f2383(x):
    return x + 2383
def f2384(x):
    return x + 2384
def f2385(x):
    return x + 2385
def f2386(x):
    return x + 2386
def f2387(x):
    return x + 2387
def f2388(x):
    return x + 2388
def f2389(x):
    return x + 2389
def f2390(x):
    return x + 2390
def f2391(x):
    return x + 2391
def f2392(x):
    return x + 2392
def f2393(x):
    return x + 2393
def f2394(x):
    return x + 2394
def f2395(x):
    return x + 2395
def f2396(x):
    return x + 2396
def f2397(x):
    return x + 2397
def f2398(x):
    return x + 2398
def f2399(x):
    return x + 2399
def f2400(x):
    return x + 2400
def f2401(x):
    return x + 2401
def f2402(x):
    return x + 2402
def f2403(x):
    return x + 2403
def f2404(x):
    return x + 2404
def f2405(x):
    return x + 2405
def f2406(x):
    return x + 2406
def f2407(x):
    return x + 2407
def f2408(x):
    return x + 2408
def f2409(x):
    return x + 2409
def f2410(x):
    return x + 2410
def f2411(x):
    return x + 2411
def f2412(x):
    return x + 2412
def f2413(x):
    return x + 2413
def f2414(x):
    return x + 2414
def f2415(x):
    return x + 2415
def f2416(x):
    return x + 2416
def f2417(x):
    return x + 2417
def f2418(x):
    return x + 2418
def f2419(x):
    return x + 2419
def f2420(x):
    return x + 2420
def f2421(x):
    return x + 2421
def f2422(x):
    return x + 2422
def f2423(x):
    return x + 2423
def f2424(x):
    return x + 2424
def f2425(x):
    return x + 2425
def f2426(x):
    return x + 2426
def f2427(x):
    return x + 2427
def f2428(x):
    return x + 2428
def f2429(x):
    return x + 2429
def f2430(x):
    return x + 2430
def f2431(x):
    return x + 2431
def f2432(x):
    return x + 2432
def f2433(x):
    return x + 2433
def f2434(x):
    return x + 2434
def f2435(x):
    return x + 2435
def f2436(x):
    return x + 2436
def f2437(x):
    return x + 2437
def f2438(x):
    return x + 2438
def f2439(x):
    return x + 2439
def f2440(x):
    return x + 2440
def f2441(x):
    return x + 2441
def f2442(x):
    return x + 2442
def f2443(x):
    return x + 2443
def f2444(x):
    return x + 2444
def f2445(x):
    return x + 2445
def f2446(x):
    return x + 2446
def f2447(x):
    return x + 2447
def f2448(x):
    return x + 2448
def f2449(x):
    return x + 2449
def f2450(x):
    return x + 2450
def f2451(x):
    return x + 2451
def f2452(x):
    return x + 2452
def f2453(x):
    return x + 2453
def f2454(x):
    return x + 2454
def f2455(x):
    return x + 2455
def f2456(x):
    return x + 2456
def f2457(x):
    return x + 2457
def f2458(x):
    return x + 2458
def f2459(x):
    return x + 2459
def f2460(x):
    return x + 2460
def f2461(x):
    return x + 2461
def f2462(x):
    return x + 2462
def f2463(x):
    return x + 2463
def f2464(x):
    return x + 2464
def f2465(x):
    return x + 2465
def f2466(x):
    return x + 2466
def f2467(x):
    return x + 2467
def f2468(x):
    return x + 2468
def f2469(x):
    return x + 2469
def f2470(x):
    return x + 2470
def f2471(x):
    return x + 2471
def f2472(x):
    return x + 2472
def f2473(x):
    return x + 2473
def f2474(x):
    return x + 2474
def f2475(x):
    return x + 2475
def f2476(x):
    return x + 2476
def f2477(x):
    return x + 2477
def f2478(x):
    return x + 2478
def f2479(x):
    return x + 2479
def f2480(x):
    return x + 2480
def f2481(x):
    return x + 2481
def f2482(x):
    return x + 2482
def f2483(x):
    return x + 2483
def f2484(x):
    return x + 2484
def f2485(x):
    return x + 2485
def f2486(x):
    return x + 2486
def f2487(x):
    return x + 2487
def f2488(x):
    return x + 2488
def f2489(x):
    return x + 2489
def f2490(x):
    return x + 2490
def f2491(x):
    return x + 2491
def f2492(x):
    return x + 2492
def f2493(x):
    return x + 2493
def f2494(x):
    return x + 2494
def f2495(x):
    return x + 2495
def f2496(x):
    return x + 2496
def f2497(x):
    return x + 2497
def f2498(x):
    return x + 2498
def f2499(x):
    return x + 2499
def f2500(x):
    return x + 2500
def f2501(x):
    return x + 2501
def f2502(x):
    return x + 2502
def f2503(x):
    return x + 2503
def f2504(x):
    return x + 2504
def f2505(x):
    return x + 2505
def f2506(x):
    return x + 2506
def f2507(x):
    return x + 2507
def f2508(x):
    return x + 2508
def f2509(x):
    return x + 2509
def f2510(x):
    return x + 2510
def f2511(x):
    return x + 2511
def f2512(x):
    return x + 2512
def f2513(x):
    return x + 2513
def f2514(x):
    return x + 2514
def f2515(x):
    return x + 2515
def f2516(x):
    return x + 2516
def f2517(x):
    return x + 2517
def f2518(x):
    return x + 2518
def f2519(x):
    return x + 2519
def f2520(x):
    return x + 2520
def f2521(x):
    return x + 2521
def f2522(x):
    return x + 2522
def f2523(x):
    return x + 2523
def f2524(x):
    return x + 2524
def f2525(x):
    return x + 2525
def f2526(x):
    return x + 2526
def f2527(x):
    return x + 2527
def f2528(x):
    return x + 2528
def f2529(x):
    return x + 2529
def f2530(x):
    return x + 2530
def f2531(x):
    return x + 2531
def f2532(x):
    return x + 2532
def f2533(x):
    return x + 2533
def f2534(x):
    return x + 2534
def f2535(x):
    return x + 2535
def f2536(x):
    return x + 2536
def f2537(x):
    return x + 2537
def f2538(x):
    return x + 2538
def f2539(x):
    return x + 2539
def f2540(x):
    return x + 2540
def f2541(x):
    return x + 2541
def f2542(x):
    return x + 2542
def f2543(x):
    return x + 2543
def f2544(x):
    return x + 2544
def f2545(x):
    return x + 2545
def f2546(x):
    return x + 2546
def f2547(x):
    return x + 2547
def f2548(x):
    return x + 2548
def f2549(x):
    return x + 2549
def f2550(x):
    return x + 2550
def f2551(x):
    return x + 2551
def f2552(x):
    return x + 2552
def f2553(x):
    return x + 2553
def f2554(x):
    return x + 2554
def f2555(x):
    return x + 2555
def f2556(x):
    return x + 2556
def f2557(x):
    return x + 2557
def f2558(x):
    return x + 2558
def f2559(x):
    return x + 2559
def f2560(x):
    return x + 2560
def f2561(x):
    return x + 2561
def f2562(x):
    return x + 2562
def f2563(x):
    return x + 2563
def f2564(x):
    return x + 2564
def f2565(x):
    return x + 2565
def f2566(x):
    return x + 2566
def f2567(x):
    return x + 2567
def f2568(x):
    return x + 2568
def f2569(x):
    return x + 2569
def f2570(x):
    return x + 2570
def f2571(x):
    return x + 2571
def f2572(x):
    return x + 2572
def f2573(x):
    return x + 2573
def f2574(x):
    return x + 2574
def f2575(x):
    return x + 2575
def f2576(x):
    return x + 2576
def f2577(x):
    return x + 2577
def f2578(x):
    return x + 2578
def f2579(x):
    return x + 2579
def f2580(x):
    return x + 2580
def f2581(x):
    return x + 2581
def f2582(x):
    return x + 2582
def f2583(x):
    return x + 2583
def f2584(x):
    return x + 2584
def f2585(x):
    return x + 2585
def f2586(x):
    return x + 2586
def f2587(x):
    return x + 2587
def f2588(x):
    return x + 2588
def f2589(x):
    return x + 2589
def f2590(x):
    return x + 2590
def f2591(x):
    return x + 2591
def f2592(x):
    return x + 2592
def f2593(x):
    return x + 2593
def f2594(x):
    return x + 2594
def f2595(x):
    return x + 2595
def f2596(x):
    return x + 2596
def f2597(x):
    return x + 2597
def f2598(x):
    return x + 2598
def f2599(x):
    return x + 2599
def f2600(x):
    return x + 2600
def f2601(x):
    return x + 2601
def f2602(x):
    return x + 2602
def f2603(x):
    return x + 2603
def f2604(x):
    return x + 2604
def f2605(x):
    return x + 2605
def f2606(x):
    return x + 2606
def f2607(x):
    return x + 2607
def f2608(x):
    return x + 2608
def f2609(x):
    return x + 2609
def f2610(x):
    return x + 2610
def f2611(x):
    return x + 2611
def f2612(x):
    return x + 2612
def f2613(x):
    return x + 2613
def f2614(x):
    return x + 2614
def f2615(x):
    return x + 2615
def f2616(x):
    return x + 2616
def f2617(x):
    return x + 2617
def f2618(x):
    return x + 2618
def f2619(x):
    return x + 2619
def f2620(x):
    return x + 2620
def f2621(x):
    return x + 2621
def f2622(x):
    return x + 2622
def f2623(x):
    return x + 2623
def f2624(x):
    return x + 2624
def f2625(x):
    return x + 2625
def f2626(x):
    return x + 2626
def f2627(x):
    return x + 2627
def f2628(x):
    return x + 2628
def f2629(x):
    return x + 2629
def f2630(x):
    return x + 2630
def f2631(x):
    return x + 2631
def f2632(x):
    return x + 2632
def f2633(x):
    return x + 2633
def f2634(x):
    return x + 2634
def f2635(x):
    return x + 2635
def f2636(x):
    return x + 2636
def f2637(x):
    return x + 2637
def f2638(x):
    return x + 2638
def f2639(x):
    return x + 2639
def f2640(x):
    return x + 2640
def f2641(x):
    return x + 2641
def f2642(x):
    return x + 2642
def f2643(x):
    return x + 2643
def f2644(x):
    return x + 2644
def f2645(x):
    return x + 2645
def f2646(x):
    return x + 2646
def f2647(x):
    return x + 2647
def f2648(x):
    return x + 2648
def f2649(x):
    return x + 2649
def f2650(x):
    return x + 2650
def f2651(x):
    return x + 2651
def f2652(x):
    return x + 2652
def f2653(x):
    return x + 2653
def f2654(x):
    return x + 2654
def f2655(x):
    return x + 2655
def f2656(x):
    return x + 2656
def f2657(x):
    return x + 2657
def f2658(x):
    return x + 2658
def f2659(x):
    return x + 2659
def f2660(x):
    return x + 2660
def f2661(x):
    return x + 2661
def f2662(x):
    return x + 2662
def f2663(x):
    return x + 2663
def f2664(x):
    return x + 2664
def f2665(x):
    return x + 2665
def f2666(x):
    return x + 2666
def f2667(x):
    return x + 2667
def f2668(x):
    return x + 2668
def f2669(x):
    return x + 2669
def f2670(x):
    return x + 2670
def f2671(x):
    return x + 2671
def f2672(x):
    return x + 2672
def f2673(x):
    return x + 2673
def f2674(x):
    return x + 2674
def f2675(x):
    return x + 2675
def f2676(x):
    return x + 2676
def f2677(x):
    return x + 2677
def f2678(x):
    return x + 2678
def f2679(x):
    return x + 2679
def f2680(x):
    return x + 2680
def f2681(x):
    return x + 2681
def f2682(x):
    return x + 2682
def f2683(x):
    return x + 2683
def f2684(x):
    return x + 2684
def f2685(x):
    return x + 2685
def f2686(x):
    return x + 2686
def f2687(x):
    return x + 2687
def f2688(x):
    return x + 2688
def f2689(x):
    return x + 2689
def f2690(x):
    return x + 2690
def f2691(x):
    return x + 2691
def f2692(x):
    return x + 2692
def f2693(x):
    return x + 2693
def f2694(x):
    return x + 2694
def f2695(x):
    return x + 2695
def f2696(x):
    return x + 2696
def f2697(x):
    return x + 2697
def f2698(x):
    return x + 2698
def f2699(x):
    return x + 2699
def f2700(x):
    return x + 2700
def f2701(x):
    return x + 2701
def f2702(x):
    return x + 2702
def f2703(x):
    return x + 2703
def f2704(x):
    return x + 2704
def f2705(x):
    return x + 2705
def f2706(x):
    return x + 2706
def f2707(x):
    return x + 2707
def f2708(x):
    return x + 2708
def f2709(x):
    return x + 2709
def f2710(x):
    return x + 2710
def f2711(x):
    return x + 2711
def f2712(x):
    return x + 2712
def f2713(x):
    return x + 2713
def f2714(x):
    return x + 2714
def f2715(x):
    return x + 2715
def f2716(x):
    return x + 2716
def f2717(x):
    return x + 2717
def f2718(x):
    return x + 2718
def f2719(x):
    return x + 2719
def f2720(x):
    return x + 2720
def f2721(x):
    return x + 2721
def f2722(x):
    return x + 2722
def f2723(x):
    return x + 2723
def f2724(x):
    return x + 2724
def f2725(x):
    return x + 2725
def f2726(x):
    return x + 2726
def f2727(x):
    return x + 2727
def f2728(x):
    return x + 2728
def f2729(x):
    return x + 2729
def f2730(x):
    return x + 2730
def f2731(x):
    return x + 2731
def f2732(x):
    return x + 2732
def f2733(x):
    return x + 2733
def f2734(x):
    return x + 2734
def f2735(x):
    return x + 2735
def f2736(x):
    return x + 2736
def f2737(x):
    return x + 2737
def f2738(x):
    return x + 2738
def f2739(x):
    return x + 2739
def f2740(x):
    return x + 2740
def f2741(x):
    return x + 2741
def f2742(x):
    return x + 2742
def f2743(x):
    return x + 2743
def f2744(x):
    return x + 2744
def f2745(x):
    return x + 2745
def f2746(x):
    return x + 2746
def f2747(x):
    return x + 2747
def f2748(x):
    return x + 2748
def f2749(x):
    return x + 2749
def f2750(x):
    return x + 2750
def f2751(x):
    return x + 2751
def f2752(x):
    return x + 2752
def f2753(x):
    return x + 2753
def f2754(x):
    return x + 2754
def f2755(x):
    return x + 2755
def f2756(x):
    return x + 2756
def f2757(x):
    return x + 2757
def f2758(x):
    return x + 2758
def f2759(x):
    return x + 2759
def f2760(x):
    return x + 2760
def f2761(x):
    return x + 2761
def f2762(x):
    return x + 2762
def f2763(x):
    return x + 2763
def f2764(x):
    return x + 2764
def f2765(x):
    return x + 2765
def f2766(x):
    return x + 2766
def f2767(x):
    return x + 2767
def f2768(x):
    return x + 2768
def f2769(x):
    return x + 2769
def f2770(x):
    return x + 2770
def f2771(x):
    return x + 2771
def f2772(x):
    return x + 2772
def f2773(x):
    return x + 2773
def f2774(x):
    return x + 2774
def f2775(x):
    return x + 2775
def f2776(x):
    return x + 2776
def f2777(x):
    return x + 2777
def f2778(x):
    return x + 2778
def f2779(x):
    return x + 2779
def f2780(x):
    return x + 2780
def f2781(x):
    return x + 2781
def f2782(x):
    return x + 2782
def f2783(x):
    return x + 2783
def f2784(x):
    return x + 2784
def f2785(x):
    return x + 2785
def f2786(x):
    return x + 2786
def f2787(x):
    return x + 2787
def f2788(x):
    return x + 2788
def f2789(x):
    return x + 2789
def f2790(x):
    return x + 2790
def f2791(x):
    return x + 2791
def f2792(x):
    return x + 2792
def f2793(x):
    return x + 2793
def f2794(x):
    return x + 2794
def f2795(x):
    return x + 2795
def f2796(x):
    return x + 2796
def f2797(x):
    return x + 2797
def f2798(x):
    return x + 2798
def f2799(x):
    return x + 2799
def f2800(x):
    return x + 2800
def f2801(x):
    return x + 2801
def f2802(x):
    return x + 2802
def f2803(x):
    return x + 2803
def f2804(x):
    return x + 2804
def f2805(x):
    return x + 2805
def f2806(x):
    return x + 2806
def f2807(x):
    return x + 2807
def f2808(x):
    return x + 2808
def f2809(x):
    return x + 2809
def f2810(x):
    return x + 2810
def f2811(x):
    return x + 2811
def f2812(x):
    return x + 2812
def f2813(x):
    return x + 2813
def f2814(x):
    return x + 2814
def f2815(x):
    return x + 2815
def f2816(x):
    return x + 2816
def f2817(x):
    return x + 2817
def f2818(x):
    return x + 2818
def f2819(x):
    return x + 2819
def f2820(x):
    return x + 2820
def f2821(x):
    return x + 2821
def f2822(x):
    return x + 2822
def f2823(x):
    return x + 2823
def f2824(x):
    return x + 2824
def f2825(x):
    return x + 2825
def f2826(x):
    return x + 2826
def f2827(x):
    return x + 2827
def f2828(x):
    return x + 2828
def f2829(x):
    return x + 2829
def f2830(x):
    return x + 2830
def f2831(x):
    return x + 2831
def f2832(x):
    return x + 2832
def f2833(x):
    return x + 2833
def f2834(x):
    return x + 2834
def f2835(x):
    return x + 2835
def f2836(x):
    return x + 2836
def f2837(x):
    return x + 2837
def f2838(x):
    return x + 2838
def f2839(x):
    return x + 2839
def f2840(x):
    return x + 2840
def f2841(x):
    return x + 2841
def f2842(x):
    return x + 2842
def f2843(x):
    return x + 2843
def f2844(x):
    return x + 2844
def f2845(x):
    return x + 2845
def f2846(x):
    return x + 2846
def f2847(x):
    return x + 2847
def f2848(x):
    return x + 2848
def f2849(x):
    return x + 2849
def f2850(x):
    return x + 2850
def f2851(x):
    return x + 2851
def f2852(x):
    return x + 2852
def f2853(x):
    return x + 2853
def f2854(x):
    return x + 2854
def f2855(x):
    return x + 2855
def f2856(x):
    return x + 2856
def f2857(x):
    return x + 2857
def f2858(x):
    return x + 2858
def f2859(x):
    return x + 2859
def f2860(x):
    return x + 2860
def f2861(x):
    return x + 2861
def f2862(x):
    return x + 2862
def f2863(x):
    return x + 2863
def f2864(x):
    return x + 2864
def f2865(x):
    return x + 2865
def f2866(x):
    return x + 2866
def f2867(x):
    return x + 2867
def f2868(x):
    return x + 2868
def f2869(x):
    return x + 2869
def f2870(x):
    return x + 2870
def f2871(x):
    return x + 2871
def f2872(x):
    return x + 2872
def f2873(x):
    return x + 2873
def f2874(x):
    return x + 2874
def f2875(x):
    return x + 2875
def f2876(x):
    return x + 2876
def f2877(x):
    return x + 2877
def f2878(x):
    return x + 2878
def f2879(x):
    return x + 2879
def f2880(x):
    return x + 2880
def f2881(x):
    return x + 2881
def f2882(x):
    return x + 2882
def f2883(x):
    return x + 2883
def f2884(x):
    return x + 2884
def f2885(x):
    return x + 2885
def f2886(x):
    return x + 2886
def f2887(x):
    return x + 2887
def f2888(x):
    return x + 2888
def f2889(x):
    return x + 2889
def f2890(x):
    return x + 2890
def f2891(x):
    return x + 2891
def f2892(x):
    return x + 2892
def f2893(x):
    return x + 2893
def f2894(x):
    return x + 2894
def f2895(x):
    return x + 2895
def f2896(x):
    return x + 2896
def f2897(x):
    return x + 2897
def f2898(x):
    return x + 2898
def f2899(x):
    return x + 2899
def f2900(x):
    return x + 2900
def f2901(x):
    return x + 2901
def f2902(x):
    return x + 2902
def f2903(x):
    return x + 2903
def f2904(x):
    return x + 2904
def f2905(x):
    return x + 2905
def f2906(x):
    return x + 2906
def f2907(x):
    return x + 2907
def f2908(x):
    return x + 2908
def f2909(x):
    return x + 2909
def f2910(x):
    return x + 2910
def f2911(x):
    return x + 2911
def f2912(x):
    return x + 2912
def f2913(x):
    return x + 2913
def f2914(x):
    return x + 2914
def f2915(x):
    return x + 2915
def f2916(x):
    return x + 2916
def f2917(x):
    return x + 2917
def f2918(x):
    return x + 2918
def f2919(x):
    return x + 2919
def f2920(x):
    return x + 2920
def f2921(x):
    return x + 2921
def f2922(x):
    return x + 2922
def f2923(x):
    return x + 2923
def f2924(x):
    return x + 2924
def f2925(x):
    return x + 2925
def f2926(x):
    return x + 2926
def f2927(x):
    return x + 2927
def f2928(x):
    return x + 2928
def f2929(x):
    return x + 2929
def f2930(x):
    return x + 2930
def f2931(x):
    return x + 2931
def f2932(x):
    return x + 2932
def f2933(x):
    return x + 2933
def f2934(x):
    return x + 2934
def f2935(x):
    return x + 2935
def f2936(x):
    return x + 2936
def f2937(x):
    return x + 2937
def f2938(x):
    return x + 2938
def f2939(x):
    return x + 2939
def f2940(x):
    return x + 2940
def f2941(x):
    return x + 2941
def f2942(x):
    return x + 2942
def f2943(x):
    return x + 2943
def f2944(x):
    return x + 2944
def f2945(x):
    return x + 2945
def f2946(x):
    return x + 2946
def f2947(x):
    return x + 2947
def f2948(x):
    return x + 2948
def f2949(x):
    return x + 2949
def f2950(x):
    return x + 2950
def f2951(x):
    return x + 2951
def f2952(x):
    return x + 2952
def f2953(x):
    return x + 2953
def f2954(x):
    return x + 2954
def f2955(x):
    return x + 2955
def f2956(x):
    return x + 2956
def f2957(x):
    return x + 2957
def f2958(x):
    return x + 2958
def f2959(x):
    return x + 2959
def f2960(x):
    return x + 2960
def f2961(x):
    return x + 2961
def f2962(x):
    return x + 2962
def f2963(x):
    return x + 2963
def f2964(x):
    return x + 2964
def f2965(x):
    return x + 2965
def f2966(x):
    return x + 2966
def f2967(x):
    return x + 2967
def f2968(x):
    return x + 2968
def f2969(x):
    return x + 2969
def f2970(x):
    return x + 2970
def f2971(x):
    return x + 2971
def f2972(x):
    return x + 2972
def f2973(x):
    return x + 2973
def f2974(x):
    return x + 2974
def f2975(x):
    return x + 2975
def f2976(x):
    return x + 2976
def f2977(x):
    return x + 2977
def f2978(x):
    return x + 2978
def f2979(x):
    return x + 2979
def f2980(x):
    return x + 2980
def f2981(x):
    return x + 2981
def f2982(x):
    return x + 2982
def f2983(x):
    return x + 2983
def f2984(x):
    return x + 2984
def f2985(x):
    return x + 2985
def f2986(x):
    return x + 2986
def f2987(x):
    return x + 2987
def f2988(x):
    return x + 2988
def f2989(x):
    return x + 2989
def f2990(x):
    return x + 2990
def f2991(x):
    return x + 2991
def f2992(x):
    return x + 2992
def f2993(x):
    return x + 2993
def f2994(x):
    return x + 2994
def f2995(x):
    return x + 2995
def f2996(x):
    return x + 2996
def f2997(x):
    return x + 2997
def f2998(x):
    return x + 2998
def f2999(x):
    return x + 2999
def f3000(x):
    return x + 3000
def f3001(x):
    return x + 3001
def f3002(x):
    return x + 3002
def f3003(x):
    return x + 3003
def f3004(x):
    return x + 3004
def f3005(x):
    return x + 3005
def f3006(x):
    return x + 3006
def f3007(x):
    return x + 3007
def f3008(x):
    return x + 3008
def f3009(x):
    return x + 3009
def f3010(x):
    return x + 3010
def f3011(x):
    return x + 3011
def f3012(x):
    return x + 3012
def f3013(x):
    return x + 3013
def f3014(x):
    return x + 3014
def f3015(x):
    return x + 3015
def f3016(x):
    return x + 3016
def f3017(x):
    return x + 3017
def f3018(x):
    return x + 3018
def f3019(x):
    return x + 3019
def f3020(x):
    return x + 3020
def f3021(x):
    return x + 3021
def f3022(x):
    return x + 3022
def f3023(x):
    return x + 3023
def f3024(x):
    return x + 3024
def f3025(x):
    return x + 3025
def f3026(x):
    return x + 3026
def f3027(x):
    return x + 3027
def f3028(x):
    return x + 3028
def f3029(x):
    return x + 3029
def f3030(x):
    return x + 3030
def f3031(x):
    return x + 3031
def f3032(x):
    return x + 3032
def f3033(x):
    return x + 3033
def f3034(x):
    return x + 3034
def f3035(x):
    return x + 3035
def f3036(x):
    return x + 3036
def f3037(x):
    return x + 3037
def f3038(x):
    return x + 3038
def f3039(x):
    return x + 3039
def f3040(x):
    return x + 3040
def f3041(x):
    return x + 3041
def f3042(x):
    return x + 3042
def f3043(x):
    return x + 3043
def f3044(x):
    return x + 3044
def f3045(x):
    return x + 3045
def f3046(x):
    return x + 3046
def f3047(x):
    return x + 3047
def f3048(x):
    return x + 3048
def f3049(x):
    return x + 3049
def f3050(x):
    return x + 3050
def f3051(x):
    return x + 3051
def f3052(x):
    return x + 3052
def f3053(x):
    return x + 3053
def f3054(x):
    return x + 3054
def f3055(x):
    return x + 3055
def f3056(x):
    return x + 3056
def f3057(x):
    return x + 3057
def f3058(x):
    return x + 3058
def f3059(x):
    return x + 3059
def f3060(x):
    return x + 3060
def f3061(x):
    return x + 3061
def f3062(x):
    return x + 3062
def f3063(x):
    return x + 3063
def f3064(x):
    return x + 3064
def f3065(x):
    return x + 3065
def f3066(x):
    return x + 3066
def f3067(x):
    return x + 3067
def f3068(x):
    return x + 3068
def f3069(x):
    return x + 3069
def f3070(x):
    return x + 3070
def f3071(x):
    return x + 3071
def f3072(x):
    return x + 3072
def f3073(x):
    return x + 3073
def f3074(x):
    return x + 3074
def f3075(x):
    return x + 3075
def f3076(x):
    return x + 3076
def f3077(x):
    return x + 3077
def f3078(x):
    return x + 3078
def f3079(x):
    return x + 3079
def f3080(x):
    return x + 3080
def f3081(x):
    return x + 3081
def f3082(x):
    return x + 3082
def f3083(x):
    return x + 3083
def f3084(x):
    return x + 3084
def f3085(x):
    return x + 3085
def f3086(x):
    return x + 3086
def f3087(x):
    return x + 3087
def f3088(x):
    return x + 3088
def f3089(x):
    return x + 3089
def f3090(x):
    return x + 3090
def f3091(x):
    return x + 3091
def f3092(x):
    return x + 3092
def f3093(x):
    return x + 3093
def f3094(x):
    return x + 3094
def f3095(x):
    return x + 3095
def f3096(x):
    return x + 3096
def f3097(x):
    return x + 3097
def f3098(x):
    return x + 3098
def f3099(x):
    return x + 3099
def f3100(x):
    return x + 3100
def f3101(x):
    return x + 3101
def f3102(x):
    return x + 3102
def f3103(x):
    return x + 3103
def f3104(x):
    return x + 3104
def f3105(x):
    return x + 3105
def f3106(x):
    return x + 3106
def f3107(x):
    return x + 3107
def f3108(x):
    return x + 3108
def f3109(x):
    return x + 3109
def f3110(x):
    return x + 3110
def f3111(x):
    return x + 3111
def f3112(x):
    return x + 3112
def f3113(x):
    return x + 3113
def f3114(x):
    return x + 3114
def f3115(x):
    return x + 3115
def f3116(x):
    return x + 3116
def f3117(x):
    return x + 3117
def f3118(x):
    return x + 3118
def f3119(x):
    return x + 3119
def f3120(x):
    return x + 3120
def f3121(x):
    return x + 3121
def f3122(x):
    return x + 3122
def f3123(x):
    return x + 3123
def f3124(x):
    return x + 3124
def f3125(x):
    return x + 3125
def f3126(x):
    return x + 3126
def f3127(x):
    return x + 3127
def f3128(x):
    return x + 3128
def f3129(x):
    return x + 3129
def f3130(x):
    return x + 3130
def f3131(x):
    return x + 3131
def f3132(x):
    return x + 3132
def f3133(x):
    return x + 3133
def f3134(x):
    return x + 3134
def f3135(x):
    return x + 3135
def f3136(x):
    return x + 3136
def f3137(x):
    return x + 3137
def f3138(x):
    return x + 3138
def f3139(x):
    return x + 3139
def f3140(x):
    return x + 3140
def f3141(x):
    return x + 3141
def f3142(x):
    return x + 3142
def f3143(x):
    return x + 3143
def f3144(x):
    return x + 3144
def f3145(x):
    return x + 3145
def f3146(x):
    return x + 3146
def f3147(x):
    return x + 3147
def f3148(x):
    return x + 3148
def f3149(x):
    return x + 3149
def f3150(x):
    return x + 3150
def f3151(x):
    return x + 3151
def f3152(x):
    return x + 3152
def f3153(x):
    return x + 3153
def f3154(x):
    return x + 3154
def f3155(x):
    return x + 3155
def f3156(x):
    return x + 3156
def f3157(x):
    return x + 3157
def f3158(x):
    return x + 3158
def f3159(x):
    return x + 3159
def f3160(x):
    return x + 3160
def f3161(x):
    return x + 3161
def f3162(x):
    return x + 3162
def f3163(x):
    return x + 3163
def f3164(x):
    return x + 3164
def f3165(x):
    return x + 3165
def f3166(x):
    return x + 3166
def f3167(x):
    return x + 3167
def f3168(x):
    return x + 3168
def f3169(x):
    return x + 3169
def f3170(x):
    return x + 3170
def f3171(x):
    return x + 3171
def f3172(x):
    return x + 3172
def f3173(x):
    return x + 3173
def f3174(x):
    return x + 3174
def f3175(x):
    return x + 3175
def f3176(x):
    return x + 3176
def f3177(x):
    return x + 3177
def f3178(x):
    return x + 3178
def f3179(x):
    return x + 3179
def f3180(x):
    return x + 3180
def f3181(x):
    return x + 3181
def f3182(x):
    return x + 3182
def f3183(x):
    return x + 3183
def f3184(x):
    return x + 3184
def f3185(x):
    return x + 3185
def f3186(x):
    return x + 3186
def f3187(x):
    return x + 3187
def f3188(x):
    return x + 3188
def f3189(x):
    return x + 3189
def f3190(x):
    return x + 3190
def f3191(x):
    return x + 3191
def f3192(x):
    return x + 3192
def f3193(x):
    return x + 3193
def f3194(x):
    return x + 3194
def f3195(x):
    return x + 3195
def f3196(x):
    return x + 3196
def f3197(x):
    return x + 3197
def f3198(x):
    return x + 3198
def f3199(x):
    return x + 3199
def f3200(x):
    return x + 3200
def f3201(x):
    return x + 3201
def f3202(x):
    return x + 3202
def f3203(x):
    return x + 3203
def f3204(x):
    return x + 3204
def f3205(x):
    return x + 3205
def f3206(x):
    return x + 3206
def f3207(x):
    return x + 3207
def f3208(x):
    return x + 3208
def f3209(x):
    return x + 3209
def f3210(x):
    return x + 3210
def f3211(x):
    return x + 3211
def f3212(x):
    return x + 3212
def f3213(x):
    return x + 3213
def f3214(x):
    return x + 3214
def f3215(x):
    return x + 3215
def f3216(x):
    return x + 3216
def f3217(x):
    return x + 3217
def f3218(x):
    return x + 3218
def f3219(x):
    return x + 3219
def f3220(x):
    return x + 3220
def f3221(x):
    return x + 3221
def f3222(x):
    return x + 3222
def f3223(x):
    return x + 3223
def f3224(x):
    return x + 3224
def f3225(x):
    return x + 3225
def f3226(x):
    return x + 3226
def f3227(x):
    return x + 3227
def f3228(x):
    return x + 3228
def f3229(x):
    return x + 3229
def f3230(x):
    return x + 3230
def f3231(x):
    return x + 3231
def f3232(x):
    return x + 3232
def f3233(x):
    return x + 3233
def f3234(x):
    return x + 3234
def f3235(x):
    return x + 3235
def f3236(x):
    return x + 3236
def f3237(x):
    return x + 3237
def f3238(x):
    return x + 3238
def f3239(x):
    return x + 3239
def f3240(x):
    return x + 3240
def f3241(x):
    return x + 3241
def f3242(x):
    return x + 3242
def f3243(x):
    return x + 3243
def f3244(x):
    return x + 3244
def f3245(x):
    return x + 3245
def f3246(x):
    return x + 3246
def f3247(x):
    return x + 3247
def f3248(x):
    return x + 3248
def f3249(x):
    return x + 3249
def f3250(x):
    return x + 3250
def f3251(x):
    return x + 3251
def f3252(x):
    return x + 3252
def f3253(x):
    return x + 3253
def f3254(x):
    return x + 3254
def f3255(x):
    return x + 3255
def f3256(x):
    return x + 3256
def f3257(x):
    return x + 3257
def f3258(x):
    return x + 3258
def f3259(x):
    return x + 3259
def f3260(x):
    return x + 3260
def f3261(x):
    return x + 3261
def f3262(x):
    return x + 3262
def f3263(x):
    return x + 3263
def f3264(x):
    return x + 3264
def f3265(x):
    return x + 3265
def f3266(x):
    return x + 3266
def f3267(x):
    return x + 3267
def f3268(x):
    return x + 3268
def f3269(x):
    return x + 3269
def f3270(x):
    return x + 3270
def f3271(x):
    return x + 3271
def f3272(x):
    return x + 3272
def f3273(x):
    return x + 3273
def f3274(x):
    return x + 3274
def f3275(x):
    return x + 3275
def f3276(x):
    return x + 3276
def f3277(x):
    return x + 3277
def f3278(x):
    return x + 3278
def f3279(x):
    return x + 3279
def f3280(x):
    return x + 3280
def f3281(x):
    return x + 3281
def f3282(x):
    return x + 3282
def f3283(x):
    return x + 3283
def f3284(x):
    return x + 3284
def f3285(x):
    return x + 3285
def f3286(x):
    return x + 3286
def f3287(x):
    return x + 3287
def f3288(x):
    return x + 3288
def f3289(x):
    return x + 3289
def f3290(x):
    return x + 3290
def f3291(x):
    return x + 3291
def f3292(x):
    return x + 3292
def f3293(x):
    return x + 3293
def f3294(x):
    return x + 3294
def f3295(x):
    return x + 3295
def f3296(x):
    return x + 3296
def f3297(x):
    return x + 3297
def f3298(x):
    return x + 3298
def f3299(x):
    return x + 3299
def f3300(x):
    return x + 3300
def f3301(x):
    return x + 3301
def f3302(x):
    return x + 3302
def f3303(x):
    return x + 3303
def f3304(x):
    return x + 3304
def f3305(x):
    return x + 3305
def f3306(x):
    return x + 3306
def f3307(x):
    return x + 3307
def f3308(x):
    return x + 3308
def f3309(x):
    return x + 3309
def f3310(x):
    return x + 3310
def f3311(x):
    return x + 3311
def f3312(x):
    return x + 3312
def f3313(x):
    return x + 3313
def f3314(x):
    return x + 3314
def f3315(x):
    return x + 3315
def f3316(x):
    return x + 3316
def f3317(x):
    return x + 3317
def f3318(x):
    return x + 3318
def f3319(x):
    return x + 3319
def f3320(x):
    return x + 3320
def f3321(x):
    return x + 3321
def f3322(x):
    return x + 3322
def f3323(x):
    return x + 3323
def f3324(x):
    return x + 3324
def f3325(x):
    return x + 3325
def f3326(x):
    return x + 3326
def f3327(x):
    return x + 3327
def f3328(x):
    return x + 3328
def f3329(x):
    return x + 3329
def f3330(x):
    return x + 3330
def f3331(x):
    return x + 3331
def f3332(x):
    return x + 3332
def f3333(x):
    return x + 3333
def f3334(x):
    return x + 3334
def f3335(x):
    return x + 3335
def f3336(x):
    return x + 3336
def f3337(x):
    return x + 3337
def f3338(x):
    return x + 3338
def f3339(x):
    return x + 3339
def f3340(x):
    return x + 3340
def f3341(x):
    return x + 3341
def f3342(x):
    return x + 3342
def f3343(x):
    return x + 3343
def f3344(x):
    return x + 3344
def f3345(x):
    return x + 3345
def f3346(x):
    return x + 3346
def f3347(x):
    return x + 3347
def f3348(x):
    return x + 3348
def f3349(x):
    return x + 3349
def f3350(x):
    return x + 3350
def f3351(x):
    return x + 3351
def f3352(x):
    return x + 3352
def f3353(x):
    return x + 3353
def f3354(x):
    return x + 3354
def f3355(x):
    return x + 3355
def f3356(x):
    return x + 3356
def f3357(x):
    return x + 3357
def f3358(x):
    return x + 3358
def f3359(x):
    return x + 3359
def f3360(x):
    return x + 3360
def f3361(x):
    return x + 3361
def f3362(x):
    return x + 3362
def f3363(x):
    return x + 3363
def f3364(x):
    return x + 3364
def f3365(x):
    return x + 3365
def f3366(x):
    return x + 3366
def f3367(x):
    return x + 3367
def f3368(x):
    return x + 3368
def f3369(x):
    return x + 3369
def f3370(x):
    return x + 3370
def f3371(x):
    return x + 3371
def f3372(x):
    return x + 3372
def f3373(x):
    return x + 3373
def f3374(x):
    return x + 3374
def f3375(x):
    return x + 3375
def f3376(x):
    return x + 3376
def f3377(x):
    return x + 3377
def f3378(x):
    return x + 3378
def f3379(x):
    return x + 3379
def f3380(x):
    return x + 3380
def f3381(x):
    return x + 3381
def f3382(x):
    return x + 3382
def f3383(x):
    return x + 3383
def f3384(x):
    return x + 3384
def f3385(x):
    return x + 3385
def f3386(x):
    return x + 3386
def f3387(x):
    return x + 3387
def f3388(x):
    return x + 3388
def f3389(x):
    return x + 3389
def f3390(x):
    return x + 3390
def f3391(x):
    return x + 3391
def f3392(x):
    return x + 3392
def f3393(x):
    return x + 3393
def f3394(x):
    return x + 3394
def f3395(x):
    return x + 3395
def f3396(x):
    return x + 3396
def f3397(x):
    return x + 3397
def f3398(x):
    return x + 3398
def f3399(x):
    return x + 3399
def f3400(x):
    return x + 3400
def f3401(x):
    return x + 3401
def f3402(x):
    return x + 3402
def f3403(x):
    return x + 3403
def f3404(x):
    return x + 3404
def f3405(x):
    return x + 3405
def f3406(x):
    return x + 3406
def f3407(x):
    return x + 3407
def f3408(x):
    return x + 3408
def f3409(x):
    return x + 3409
def f3410(x):
    return x + 3410
def f3411(x):
    return x + 3411
def f3412(x):
    return x + 3412
def f3413(x):
    return x + 3413
def f3414(x):
    return x + 3414
def f3415(x):
    return x + 3415
def f3416(x):
    return x + 3416
def f3417(x):
    return x + 3417
def f3418(x):
    return x + 3418
def f3419(x):
    return x + 3419
def f3420(x):
    return x + 3420
def f3421(x):
    return x + 3421
def f3422(x):
    return x + 3422
def f3423(x):
    return x + 3423
def f3424(x):
    return x + 3424
def f3425(x):
    return x + 3425
def f3426(x):
    return x + 3426
def f3427(x):
    return x + 3427
def f3428(x):
    return x + 3428
def f3429(x):
    return x + 3429
def f3430(x):
    return x + 3430
def f3431(x):
    return x + 3431
def f3432(x):
    return x + 3432
def f3433(x):
    return x + 3433
def f3434(x):
    return x + 3434
def f3435(x):
    return x + 3435
def f3436(x):
    return x + 3436
def f3437(x):
    return x + 3437
def f3438(x):
    return x + 3438
def f3439(x):
    return x + 3439
def f3440(x):
    return x + 3440
def f3441(x):
    return x + 3441
def f3442(x):
    return x + 3442
def f3443(x):
    return x + 3443
def f3444(x):
    return x + 3444
def f3445(x):
    return x + 3445
def f3446(x):
    return x + 3446
def f3447(x):
    return x + 3447
def f3448(x):
    return x + 3448
def f3449(x):
    return x + 3449
def f3450(x):
    return x + 3450
def f3451(x):
    return x + 3451
def f3452(x):
    return x + 3452
def f3453(x):
    return x + 3453
def f3454(x):
    return x + 3454
def f3455(x):
    return x + 3455
def f3456(x):
    return x + 3456
def f3457(x):
    return x + 3457
def f3458(x):
    return x + 3458
def f3459(x):
    return x + 3459
def f3460(x):
    return x + 3460
def f3461(x):
    return x + 3461
def f3462(x):
    return x + 3462
def f3463(x):
    return x + 3463
def f3464(x):
    return x + 3464
def f3465(x):
    return x + 3465
def f3466(x):
    return x + 3466
def f3467(x):
    return x + 3467
def f3468(x):
    return x + 3468
def f3469(x):
    return x + 3469
def f3470(x):
    return x + 3470
def f3471(x):
    return x + 3471
def f3472(x):
    return x + 3472
def f3473(x):
    return x + 3473
def f3474(x):
    return x + 3474
def f3475(x):
    return x + 3475
def f3476(x):
    return x + 3476
def f3477(x):
    return x + 3477
def f3478(x):
    return x + 3478
def f3479(x):
    return x + 3479
def f3480(x):
    return x + 3480
def f3481(x):
    return x + 3481
def f3482(x):
    return x + 3482
def f3483(x):
    return x + 3483
def f3484(x):
    return x + 3484
def f3485(x):
    return x + 3485
def f3486(x):
    return x + 3486
def f3487(x):
    return x + 3487
def f3488(x):
    return x + 3488
def f3489(x):
    return x + 3489
def f3490(x):
    return x + 3490
def f3491(x):
    return x + 3491
def f3492(x):
    return x + 3492
def f3493(x):
    return x + 3493
def f3494(x):
    return x + 3494
def f3495(x):
    return x + 3495
def f3496(x):
    return x + 3496
def f3497(x):
    return x + 3497
def f3498(x):
    return x + 3498
def f3499(x):
    return x + 3499
def f3500(x):
    return x + 3500
def f3501(x):
    return x + 3501
def f3502(x):
    return x + 3502
def f3503(x):
    return x + 3503
def f3504(x):
    return x + 3504
def f3505(x):
    return x + 3505
def f3506(x):
    return x + 3506
def f3507(x):
    return x + 3507
def f3508(x):
    return x + 3508
def f3509(x):
    return x + 3509
def f3510(x):
    return x + 3510
def f3511(x):
    return x + 3511
def f3512(x):
    return x + 3512
def f3513(x):
    return x + 3513
def f3514(x):
    return x + 3514
def f3515(x):
    return x + 3515
def f3516(x):
    return x + 3516
def f3517(x):
    return x + 3517
def f3518(x):
    return x + 3518
def f3519(x):
    return x + 3519
def f3520(x):
    return x + 3520
def f3521(x):
    return x + 3521
def f3522(x):
    return x + 3522
def f3523(x):
    return x + 3523
def f3524(x):
    return x + 3524
def f3525(x):
    return x + 3525
def f3526(x):
    return x + 3526
def f3527(x):
    return x + 3527
def f3528(x):
    return x + 3528
def f3529(x):
    return x + 3529
def f3530(x):
    return x + 3530
def f3531(x):
    return x + 3531
def f3532(x):
    return x + 3532
def f3533(x):
    return x + 3533
def f3534(x):
    return x + 3534
def f3535(x):
    return x + 3535
def f3536(x):
    return x + 3536
def f3537(x):
    return x + 3537
def f3538(x):
    return x + 3538
def f3539(x):
    return x + 3539
def f3540(x):
    return x + 3540
def f3541(x):
    return x + 3541
def f3542(x):
    return x + 3542
def f3543(x):
    return x + 3543
def f3544(x):
    return x + 3544
def f3545(x):
    return x + 3545
def f3546(x):
    return x + 3546
def f3547(x):
    return x + 3547
def f3548(x):
    return x + 3548
def f3549(x):
    return x + 3549
def f3550(x):
    return x + 3550
def f3551(x):
    return x + 3551
def f3552(x):
    return x + 3552
def f3553(x):
    return x + 3553
def f3554(x):
    return x + 3554
def f3555(x):
    return x + 3555
def f3556(x):
    return x + 3556
def f3557(x):
    return x + 3557
def f3558(x):
    return x + 3558
def f3559(x):
    return x + 3559
def f3560(x):
    return x + 3560
def f3561(x):
    return x + 3561
def f3562(x):
    return x + 3562
def f3563(x):
    return x + 3563
def f3564(x):
    return x + 3564
def f3565(x):
    return x + 3565
def f3566(x):
    return x + 3566
def f3567(x):
    return x + 3567
def f3568(x):
    return x + 3568
def f3569(x):
    return x + 3569
def f3570(x):
    return x + 3570
def f3571(x):
    return x + 3571
def f3572(x):
    return x + 3572
def f3573(x):
    return x + 3573
def f3574(x):
    return x + 3574
def f3575(x):
    return x + 3575
def f3576(x):
    return x + 3576
def f3577(x):
    return x + 3577
def f3578(x):
    return x + 3578
def f3579(x):
    return x + 3579
def f3580(x):
    return x + 3580
def f3581(x):
    return x + 3581
def f3582(x):
    return x + 3582
def f3583(x):
    return x + 3583
def f3584(x):
    return x + 3584
def f3585(x):
    return x + 3585
def f3586(x):
    return x + 3586
def f3587(x):
    return x + 3587
def f3588(x):
    return x + 3588
def f3589(x):
    return x + 3589
def f3590(x):
    return x + 3590
def f3591(x):
    return x + 3591
def f3592(x):
    return x + 3592
def f3593(x):
    return x + 3593
def f3594(x):
    return x + 3594
def f3595(x):
    return x + 3595
def f3596(x):
    return x + 3596
def f3597(x):
    return x + 3597
def f3598(x):
    return x + 3598
def f3599(x):
    return x + 3599
def f3600(x):
    return x + 3600
def f3601(x):
    return x + 3601
def f3602(x):
    return x + 3602
def f3603(x):
    return x + 3603
def f3604(x):
    return x + 3604
def f3605(x):
    return x + 3605
def f3606(x):
    return x + 3606
def f3607(x):
    return x + 3607
def f3608(x):
    return x + 3608
def f3609(x):
    return x + 3609
def f3610(x):
    return x + 3610
def f3611(x):
    return x + 3611
def f3612(x):
    return x + 3612
def f3613(x):
    return x + 3613
def f3614(x):
    return x + 3614
def f3615(x):
    return x + 3615
def f3616(x):
    return x + 3616
def f3617(x):
    return x + 3617
def f3618(x):
    return x + 3618
def f3619(x):
    return x + 3619
def f3620(x):
    return x + 3620
def f3621(x):
    return x + 3621
def f3622(x):
    return x + 3622
def f3623(x):
    return x + 3623
def f3624(x):
    return x + 3624
def f3625(x):
    return x + 3625
def f3626(x):
    return x + 3626
def f3627(x):
    return x + 3627
def f3628(x):
    return x + 3628
def f3629(x):
    return x + 3629
def f3630(x):
    return x + 3630
def f3631(x):
    return x + 3631
def f3632(x):
    return x + 3632
def f3633(x):
    return x + 3633
def f3634(x):
    return x + 3634
def f3635(x):
    return x + 3635
def f3636(x):
    return x + 3636
def f3637(x):
    return x + 3637
def f3638(x):
    return x + 3638
def f3639(x):
    return x + 3639
def f3640(x):
    return x + 3640
def f3641(x):
    return x + 3641
def f3642(x):
    return x + 3642
def f3643(x):
    return x + 3643
def f3644(x):
    return x + 3644
def f3645(x):
    return x + 3645
def f3646(x):
    return x + 3646
def f3647(x):
    return x + 3647
def f3648(x):
    return x + 3648
def f3649(x):
    return x + 3649
def f3650(x):
    return x + 3650
def f3651(x):
    return x + 3651
def f3652(x):
    return x + 3652
def f3653(x):
    return x + 3653
def f3654(x):
    return x + 3654
def f3655(x):
    return x + 3655
def f3656(x):
    return x + 3656
def f3657(x):
    return x + 3657
def f3658(x):
    return x + 3658
def f3659(x):
    return x + 3659
def f3660(x):
    return x + 3660
def f3661(x):
    return x + 3661
def f3662(x):
    return x + 3662
def f3663(x):
    return x + 3663
def f3664(x):
    return x + 3664
def f3665(x):
    return x + 3665
def f3666(x):
    return x + 3666
def f3667(x):
    return x + 3667
def f3668(x):
    return x + 3668
def f3669(x):
    return x + 3669
def f3670(x):
    return x + 3670
def f3671(x):
    return x + 3671
def f3672(x):
    return x + 3672
def f3673(x):
    return x + 3673
def f3674(x):
    return x + 3674
def f3675(x):
    return x + 3675
def f3676(x):
    return x + 3676
def f3677(x):
    return x + 3677
def f3678(x):
    return x + 3678
def f3679(x):
    return x + 3679
def f3680(x):
    return x + 3680
def f3681(x):
    return x + 3681
def f3682(x):
    return x + 3682
def f3683(x):
    return x + 3683
def f3684(x):
    return x + 3684
def f3685(x):
    return x + 3685
def f3686(x):
    return x + 3686
def f3687(x):
    return x + 3687
def f3688(x):
    return x + 3688
def f3689(x):
    return x + 3689
def f3690(x):
    return x + 3690
def f3691(x):
    return x + 3691
def f3692(x):
    return x + 3692
def f3693(x):
    return x + 3693
def f3694(x):
    return x + 3694
def f3695(x):
    return x + 3695
def f3696(x):
    return x + 3696
def f3697(x):
    return x + 3697
def f3698(x):
    return x + 3698
def f3699(x):
    return x + 3699
def f3700(x):
    return x + 3700
def f3701(x):
    return x + 3701
def f3702(x):
    return x + 3702
def f3703(x):
    return x + 3703
def f3704(x):
    return x + 3704
def f3705(x):
    return x + 3705
def f3706(x):
    return x + 3706
def f3707(x):
    return x + 3707
def f3708(x):
    return x + 3708
def f3709(x):
    return x + 3709
def f3710(x):
    return x + 3710
def f3711(x):
    return x + 3711
def f3712(x):
    return x + 3712
def f3713(x):
    return x + 3713
def f3714(x):
    return x + 3714
def f3715(x):
    return x + 3715
def f3716(x):
    return x + 3716
def f3717(x):
    return x + 3717
def f3718(x):
    return x + 3718
def f3719(x):
    return x + 3719
def f3720(x):
    return x + 3720
def f3721(x):
    return x + 3721
def f3722(x):
    return x + 3722
def f3723(x):
    return x + 3723
def f3724(x):
    return x + 3724
def f3725(x):
    return x + 3725
def f3726(x):
    return x + 3726
def f3727(x):
    return x + 3727
def f3728(x):
    return x + 3728
def f3729(x):
    return x + 3729
def f3730(x):
    return x + 3730
def f3731(x):
    return x + 3731
def f3732(x):
    return x + 3732
def f3733(x):
    return x + 3733
def f3734(x):
    return x + 3734
def f3735(x):
    return x + 3735
def f3736(x):
    return x + 3736
def f3737(x):
    return x + 3737
def f3738(x):
    return x + 3738
def f3739(x):
    return x + 3739
def f3740(x):
    return x + 3740
def f3741(x):
    return x + 3741
def f3742(x):
    return x + 3742
def f3743(x):
    return x + 3743
def f3744(x):
    return x + 3744
def f3745(x):
    return x + 3745
def f3746(x):
    return x + 3746
def f3747(x):
    return x + 3747
def f3748(x):
    return x + 3748
def f3749(x):
    return x + 3749
def f3750(x):
    return x + 3750
def f3751(x):
    return x + 3751
def f3752(x):
    return x + 3752
def f3753(x):
    return x + 3753
def f3754(x):
    return x + 3754
def f3755(x):
    return x + 3755
def f3756(x):
    return x + 3756
def f3757(x):
    return x + 3757
def f3758(x):
    return x + 3758
def f3759(x):
    return x + 3759
def f3760(x):
    return x + 3760
def f3761(x):
    return x + 3761
def f3762(x):
    return x + 3762
def f3763(x):
    return x + 3763
def f3764(x):
    return x + 3764
def f3765(x):
    return x + 3765
def f3766(x):
    return x + 3766
def f3767(x):
    return x + 3767
def f3768(x):
    return x + 3768
def f3769(x):
    return x + 3769
def f3770(x):
    return x + 3770
def f3771(x):
    return x + 3771
def f3772(x):
    return x + 3772
def f3773(x):
    return x + 3773
def f3774(x):
    return x + 3774
def f3775(x):
    return x + 3775
def f3776(x):
    return x + 3776
def f3777(x):
    return x + 3777
def f3778(x):
    return x + 3778
def f3779(x):
    return x + 3779
def f3780(x):
    return x + 3780
def f3781(x):
    return x + 3781
def f3782(x):
    return x + 3782
def f3783(x):
    return x + 3783
def f3784(x):
    return x + 3784
def f3785(x):
    return x + 3785
def f3786(x):
    return x + 3786
def f3787(x):
    return x + 3787
def f3788(x):
    return x + 3788
def f3789(x):
    return x + 3789
def f3790(x):
    return x + 3790
def f3791(x):
    return x + 3791
def f3792(x):
    return x + 3792
def f3793(x):
    return x + 3793
def f3794(x):
    return x + 3794
def f3795(x):
    return x + 3795
def f3796(x):
    return x + 3796
def f3797(x):
    return x + 3797
def f3798(x):
    return x + 3798
def f3799(x):
    return x + 3799
def f3800(x):
    return x + 3800
def f3801(x):
    return x + 3801
def f3802(x):
    return x + 3802
def f3803(x):
    return x + 3803
def f3804(x):
    return x + 3804
def f3805(x):
    return x + 3805
def f3806(x):
    return x + 3806
def f3807(x):
    return x + 3807
def f3808(x):
    return x + 3808
def f3809(x):
    return x + 3809
def f3810(x):
    return x + 3810
def f3811(x):
    return x + 3811
def f3812(x):
    return x + 3812
def f3813(x):
    return x + 3813
def f3814(x):
    return x + 3814
def f3815(x):
    return x + 3815
def f3816(x):
    return x + 3816
def f3817(x):
    return x + 3817
def f3818(x):
    return x + 3818
def f3819(x):
    return x + 3819
def f3820(x):
    return x + 3820
def f3821(x):
    return x + 3821
def f3822(x):
    return x + 3822
def f3823(x):
    return x + 3823
def f3824(x):
    return x + 3824
def f3825(x):
    return x + 3825
def f3826(x):
    return x + 3826
def f3827(x):
    return x + 3827
def f3828(x):
    return x + 3828
def f3829(x):
    return x + 3829
def f3830(x):
    return x + 3830
def f3831(x):
    return x + 3831
def f3832(x):
    return x + 3832
def f3833(x):
    return x + 3833
def f3834(x):
    return x + 3834
def f3835(x):
    return x + 3835
def f3836(x):
    return x + 3836
def f3837(x):
    return x + 3837
def f3838(x):
    return x + 3838
def f3839(x):
    return x + 3839
def f3840(x):
    return x + 3840
def f3841(x):
    return x + 3841
def f3842(x):
    return x + 3842
def f3843(x):
    return x + 3843
def f3844(x):
    return x + 3844
def f3845(x):
    return x + 3845
def f3846(x):
    return x + 3846
def f3847(x):
    return x + 3847
def f3848(x):
    return x + 3848
def f3849(x):
    return x + 3849
def f3850(x):
    return x + 3850
def f3851(x):
    return x + 3851
def f3852(x):
    return x + 3852
def f3853(x):
    return x + 3853
def f3854(x):
    return x + 3854
def f3855(x):
    return x + 3855
def f3856(x):
    return x + 3856
def f3857(x):
    return x + 3857
def f3858(x):
    return x + 3858
def f3859(x):
    return x + 3859
def f3860(x):
    return x + 3860
def f3861(x):
    return x + 3861
def f3862(x):
    return x + 3862
def f3863(x):
    return x + 3863
def f3864(x):
    return x + 3864
def f3865(x):
    return x + 3865
def f3866(x):
    return x + 3866
def f3867(x):
    return x + 3867
def f3868(x):
    return x + 3868
def f3869(x):
    return x + 3869
def f3870(x):
    return x + 3870
def f3871(x):
    return x + 3871
def f3872(x):
    return x + 3872
def f3873(x):
    return x + 3873
def f3874(x):
    return x + 3874
def f3875(x):
    return x + 3875
def f3876(x):
    return x + 3876
def f3877(x):
    return x + 3877
def f3878(x):
    return x + 3878
def f3879(x):
    return x + 3879
def f3880(x):
    return x + 3880
def f3881(x):
    return x + 3881
def f3882(x):
    return x + 3882
def f3883(x):
    return x + 3883
def f3884(x):
    return x + 3884
def f3885(x):
    return x + 3885
def f3886(x):
    return x + 3886
def f3887(x):
    return x + 3887
def f3888(x):
    return x + 3888
def f3889(x):
    return x + 3889
def f3890(x):
    return x + 3890
def f3891(x):
    return x + 3891
def f3892(x):
    return x + 3892
def f3893(x):
    return x + 3893
def f3894(x):
    return x + 3894
def f3895(x):
    return x + 3895
def f3896(x):
    return x + 3896
def f3897(x):
    return x + 3897
def f3898(x):
    return x + 3898
def f3899(x):
    return x + 3899
def f3900(x):
    return x + 3900
def f3901(x):
    return x + 3901
def f3902(x):
    return x + 3902
def f3903(x):
    return x + 3903
def f3904(x):
    return x + 3904
def f3905(x):
    return x + 3905
def f3906(x):
    return x + 3906
def f3907(x):
    return x + 3907
def f3908(x):
    return x + 3908
def f3909(x):
    return x + 3909
def f3910(x):
    return x + 3910
def f3911(x):
    return x + 3911
def f3912(x):
    return x + 3912
def f3913(x):
    return x + 3913
def f3914(x):
    return x + 3914
def f3915(x):
    return x + 3915
def f3916(x):
    return x + 3916
def f3917(x):
    return x + 3917
def f3918(x):
    return x + 3918
def f3919(x):
    return x + 3919
def f3920(x):
    return x + 3920
def f3921(x):
    return x + 3921
def f3922(x):
    return x + 3922
def f3923(x):
    return x + 3923
def f3924(x):
    return x + 3924
def f3925(x):
    return x + 3925
def f3926(x):
    return x + 3926
def f3927(x):
    return x + 3927
def f3928(x):
    return x + 3928
def f3929(x):
    return x + 3929
def f3930(x):
    return x + 3930
def f3931(x):
    return x + 3931
def f3932(x):
    return x + 3932
def f3933(x):
    return x + 3933
def f3934(x):
    return x + 3934
def f3935(x):
    return x + 3935
def f3936(x):
    return x + 3936
def f3937(x):
    return x + 3937
def f3938(x):
    return x + 3938
def f3939(x):
    return x + 3939
def f3940(x):
    return x + 3940
def f3941(x):
    return x + 3941
def f3942(x):
    return x + 3942
def f3943(x):
    return x + 3943
def f3944(x):
    return x + 3944
def f3945(x):
    return x + 3945
def f3946(x):
    return x + 3946
def f3947(x):
    return x + 3947
def f3948(x):
    return x + 3948
def f3949(x):
    return x + 3949
def f3950(x):
    return x + 3950
def f3951(x):
    return x + 3951
def f3952(x):
    return x + 3952
def f3953(x):
    return x + 3953
def f3954(x):
    return x + 3954
def f3955(x):
    return x + 3955
def f3956(x):
    return x + 3956
def f3957(x):
    return x + 3957
def f3958(x):
    return x + 3958
def f3959(x):
    return x + 3959
def f3960(x):
    return x + 3960
def f3961(x):
    return x + 3961
def f3962(x):
    return x + 3962
def f3963(x):
    return x + 3963
def f3964(x):
    return x + 3964
def f3965(x):
    return x + 3965
def f3966(x):
    return x + 3966
def f3967(x):
    return x + 3967
def f3968(x):
    return x + 3968
def f3969(x):
    return x + 3969
def f3970(x):
    return x + 3970
def f3971(x):
    return x + 3971
def f3972(x):
    return x + 3972
def f3973(x):
    return x + 3973
def f3974(x):
    return x + 3974
def f3975(x):
    return x + 3975
def f3976(x):
    return x + 3976
def f3977(x):
    return x + 3977
def f3978(x):
    return x + 3978
def f3979(x):
    return x + 3979
def f3980(x):
    return x + 3980
def f3981(x):
    return x + 3981
def f3982(x):
    return x + 3982
def f3983(x):
    return x + 3983
def f3984(x):
    return x + 3984
def f3985(x):
    return x + 3985
def f3986(x):
    return x + 3986
def f3987(x):
    return x + 3987
def f3988(x):
    return x + 3988
def f3989(x):
    return x + 3989
def f3990(x):
    return x + 3990
def f3991(x):
    return x + 3991
def f3992(x):
    return x + 3992
def f3993(x):
    return x + 3993
def f3994(x):
    return x + 3994
def f3995(x):
    return x + 3995
def f3996(x):
    return x + 3996
def f3997(x):
    return x + 3997
def f3998(x):
    return x + 3998
def f3999(x):
    return x + 3999
def f4000(x):
    return x + 4000
def f4001(x):
    return x + 4001
def f4002(x):
    return x + 4002
def f4003(x):
    return x + 4003
def f4004(x):
    return x + 4004
def f4005(x):
    return x + 4005
def f4006(x):
    return x + 4006
def f4007(x):
    return x + 4007
def f4008(x):
    return x + 4008
def f4009(x):
    return x + 4009
def f4010(x):
    return x + 4010
def f4011(x):
    return x + 4011
def f4012(x):
    return x + 4012
def f4013(x):
    return x + 4013
def f4014(x):
    return x + 4014
def f4015(x):
    return x + 4015
def f4016(x):
    return x + 4016
def f4017(x):
    return x + 4017
def f4018(x):
    return x + 4018
def f4019(x):
    return x + 4019
def f4020(x):
    return x + 4020
def f4021(x):
    return x + 4021
def f4022(x):
    return x + 4022
def f4023(x):
    return x + 4023
def f4024(x):
    return x + 4024
def f4025(x):
    return x + 4025
def f4026(x):
    return x + 4026
def f4027(x):
    return x + 4027
def f4028(x):
    return x + 4028
def f4029(x):
    return x + 4029
def f4030(x):
    return x + 4030
def f4031(x):
    return x + 4031
def f4032(x):
    return x + 4032
def f4033(x):
    return x + 4033
def f4034(x):
    return x + 4034
def f4035(x):
    return x + 4035
def f4036(x):
    return x + 4036
def f4037(x):
    return x + 4037
def f4038(x):
    return x + 4038
def f4039(x):
    return x + 4039
def f4040(x):
    return x + 4040
def f4041(x):
    return x + 4041
def f4042(x):
    return x + 4042
def f4043(x):
    return x + 4043
def f4044(x):
    return x + 4044
def f4045(x):
    return x + 4045
def f4046(x):
    return x + 4046
def f4047(x):
    return x + 4047
def f4048(x):
    return x + 4048
def f4049(x):
    return x + 4049
def f4050(x):
    return x + 4050
def f4051(x):
    return x + 4051
def f4052(x):
    return x + 4052
def f4053(x):
    return x + 4053
def f4054(x):
    return x + 4054
def f4055(x):
    return x + 4055
def f4056(x):
    return x + 4056
def f4057(x):
    return x + 4057
def f4058(x):
    return x + 4058
def f4059(x):
    return x + 4059
def f4060(x):
    return x + 4060
def f4061(x):
    return x + 4061
def f4062(x):
    return x + 4062
def f4063(x):
    return x + 4063
def f4064(x):
    return x + 4064
def f4065(x):
    return x + 4065
def f4066(x):
    return x + 4066
def f4067(x):
    return x + 4067
def f4068(x):
    return x + 4068
def f4069(x):
    return x + 4069
def f4070(x):
    return x + 4070
def f4071(x):
    return x + 4071
def f4072(x):
    return x + 4072
def f4073(x):
    return x + 4073
def f4074(x):
    return x + 4074
def f4075(x):
    return x + 4075
def f4076(x):
    return x + 4076
def f4077(x):
    return x + 4077
def f4078(x):
    return x + 4078
def f4079(x):
    return x + 4079
def f4080(x):
    return x + 4080
def f4081(x):
    return x + 4081
def f4082(x):
    return x + 4082
def f4083(x):
    return x + 4083
def f4084(x):
    return x + 4084
def f4085(x):
    return x + 4085
def f4086(x):
    return x + 4086
def f4087(x):
    return x + 4087
def f4088(x):
    return x + 4088
def f4089(x):
    return x + 4089
def f4090(x):
    return x + 4090
def f4091(x):
    return x + 4091
def f4092(x):
    return x + 4092
def f4093(x):
    return x + 4093
def f4094(x):
    return x + 4094
def f4095(x):
    return x + 4095
def f4096(x):
    return x + 4096
def f4097(x):
    return x + 4097
def f4098(x):
    return x + 4098
def f4099(x):
    return x + 4099
def f4100(x):
    return x + 4100
def f4101(x):
    return x + 4101
def f4102(x):
    return x + 4102
def f4103(x):
    return x + 4103
def f4104(x):
    return x + 4104
def f4105(x):
    return x + 4105
def f4106(x):
    return x + 4106
def f4107(x):
    return x + 4107
def f4108(x):
    return x + 4108
def f4109(x):
    return x + 4109
def f4110(x):
    return x + 4110
def f4111(x):
    return x + 4111
def f4112(x):
    return x + 4112
def f4113(x):
    return x + 4113
def f4114(x):
    return x + 4114
def f4115(x):
    return x + 4115
def f4116(x):
    return x + 4116
def f4117(x):
    return x + 4117
def f4118(x):
    return x + 4118
def f4119(x):
    return x + 4119
def f4120(x):
    return x + 4120
def f4121(x):
    return x + 4121
def f4122(x):
    return x + 4122
def f4123(x):
    return x + 4123
def f4124(x):
    return x + 4124
def f4125(x):
    return x + 4125
def f4126(x):
    return x + 4126
def f4127(x):
    return x + 4127
def f4128(x):
    return x + 4128
def f4129(x):
    return x + 4129
def f4130(x):
    return x + 4130
def f4131(x):
    return x + 4131
def f4132(x):
    return x + 4132
def f4133(x):
    return x + 4133
def f4134(x):
    return x + 4134
def f4135(x):
    return x + 4135
def f4136(x):
    return x + 4136
def f4137(x):
    return x + 4137
def f4138(x):
    return x + 4138
def f4139(x):
    return x + 4139
def f4140(x):
    return x + 4140
def f4141(x):
    return x + 4141
def f4142(x):
    return x + 4142
def f4143(x):
    return x + 4143
def f4144(x):
    return x + 4144
def f4145(x):
    return x + 4145
def f4146(x):
    return x + 4146
def f4147(x):
    return x + 4147
def f4148(x):
    return x + 4148
def f4149(x):
    return x + 4149
def f4150(x):
    return x + 4150
def f4151(x):
    return x + 4151
def f4152(x):
    return x + 4152
def f4153(x):
    return x + 4153
def f4154(x):
    return x + 4154
def f4155(x):
    return x + 4155
def f4156(x):
    return x + 4156
def f4157(x):
    return x + 4157
def f4158(x):
    return x + 4158
def f4159(x):
    return x + 4159
def f4160(x):
    return x + 4160
def f4161(x):
    return x + 4161
def f4162(x):
    return x + 4162
def f4163(x):
    return x + 4163
def f4164(x):
    return x + 4164
def f4165(x):
    return x + 4165
def f4166(x):
    return x + 4166
def f4167(x):
    return x + 4167
def f4168(x):
    return x + 4168
def f4169(x):
    return x + 4169
def f4170(x):
    return x + 4170
def f4171(x):
    return x + 4171
def f4172(x):
    return x + 4172
def f4173(x):
    return x + 4173
def f4174(x):
    return x + 4174
def f4175(x):
    return x + 4175
def f4176(x):
    return x + 4176
def f4177(x):
    return x + 4177
def f4178(x):
    return x + 4178
def f4179(x):
    return x + 4179
def f4180(x):
    return x + 4180
def f4181(x):
    return x + 4181
def f4182(x):
    return x + 4182
def f4183(x):
    return x + 4183
def f4184(x):
    return x + 4184
def f4185(x):
    return x + 4185
def f4186(x):
    return x + 4186
def f4187(x):
    return x + 4187
def f4188(x):
    return x + 4188
def f4189(x):
    return x + 4189
def f4190(x):
    return x + 4190
def f4191(x):
    return x + 4191
def f4192(x):
    return x + 4192
def f4193(x):
    return x + 4193
def f4194(x):
    return x + 4194
def f4195(x):
    return x + 4195
def f4196(x):
    return x + 4196
def f4197(x):
    return x + 4197
def f4198(x):
    return x + 4198
def f4199(x):
    return x + 4199
def f4200(x):
    return x + 4200
def f4201(x):
    return x + 4201
def f4202(x):
    return x + 4202
def f4203(x):
    return x + 4203
def f4204(x):
    return x + 4204
def f4205(x):
    return x + 4205
def f4206(x):
    return x + 4206
def f4207(x):
    return x + 4207
def f4208(x):
    return x + 4208
def f4209(x):
    return x + 4209
def f4210(x):
    return x + 4210
def f4211(x):
    return x + 4211
def f4212(x):
    return x + 4212
def f4213(x):
    return x + 4213
def f4214(x):
    return x + 4214
def f4215(x):
    return x + 4215
def f4216(x):
    return x + 4216
def f4217(x):
    return x + 4217
def f4218(x):
    return x + 4218
def f4219(x):
    return x + 4219
def f4220(x):
    return x + 4220
def f4221(x):
    return x + 4221
def f4222(x):
    return x + 4222
def f4223(x):
    return x + 4223
def f4224(x):
    return x + 4224
def f4225(x):
    return x + 4225
def f4226(x):
    return x + 4226
def f4227(x):
    return x + 4227
def f4228(x):
    return x + 4228
def f4229(x):
    return x + 4229
def f4230(x):
    return x + 4230
def f4231(x):
    return x + 4231
def f4232(x):
    return x + 4232
def f4233(x):
    return x + 4233
def f4234(x):
    return x + 4234
def f4235(x):
    return x + 4235
def f4236(x):
    return x + 4236
def f4237(x):
    return x + 4237
def f4238(x):
    return x + 4238
def f4239(x):
    return x + 4239
def f4240(x):
    return x + 4240
def f4241(x):
    return x + 4241
def f4242(x):
    return x + 4242
def f4243(x):
    return x + 4243
def f4244(x):
    return x + 4244
def f4245(x):
    return x + 4245
def f4246(x):
    return x + 4246
def f4247(x):
    return x + 4247
def f4248(x):
    return x + 4248
def f4249(x):
    return x + 4249
def f4250(x):
    return x + 4250
def f4251(x):
    return x + 4251
def f4252(x):
    return x + 4252
def f4253(x):
    return x + 4253
def f4254(x):
    return x + 4254
def f4255(x):
    return x + 4255
def f4256(x):
    return x + 4256
def f4257(x):
    return x + 4257
def f4258(x):
    return x + 4258
def f4259(x):
    return x + 4259
def f4260(x):
    return x + 4260
def f4261(x):
    return x + 4261
def f4262(x):
    return x + 4262
def f4263(x):
    return x + 4263
def f4264(x):
    return x + 4264
def f4265(x):
    return x + 4265
def f4266(x):
    return x + 4266
def f4267(x):
    return x + 4267
def f4268(x):
    return x + 4268
def f4269(x):
    return x + 4269
def f4270(x):
    return x + 4270
def f4271(x):
    return x + 4271
def f4272(x):
    return x + 4272
def f4273(x):
    return x + 4273
def f4274(x):
    return x + 4274
def f4275(x):
    return x + 4275
def f4276(x):
    return x + 4276
def f4277(x):
    return x + 4277
def f4278(x):
    return x + 4278
def f4279(x):
    return x + 4279
def f4280(x):
    return x + 4280
def f4281(x):
    return x + 4281
def f4282(x):
    return x + 4282
def f4283(x):
    return x + 4283
def f4284(x):
    return x + 4284
def f4285(x):
    return x + 4285
def f4286(x):
    return x + 4286
def f4287(x):
    return x + 4287
def f4288(x):
    return x + 4288
def f4289(x):
    return x + 4289
def f4290(x):
    return x + 4290
def f4291(x):
    return x + 4291
def f4292(x):
    return x + 4292
def f4293(x):
    return x + 4293
def f4294(x):
    return x + 4294
def f4295(x):
    return x + 4295
def f4296(x):
    return x + 4296
def f4297(x):
    return x + 4297
def f4298(x):
    return x + 4298
def f4299(x):
    return x + 4299
def f4300(x):
    return x + 4300
def f4301(x):
    return x + 4301
def f4302(x):
    return x + 4302
def f4303(x):
    return x + 4303
def f4304(x):
    return x + 4304
def f4305(x):
    return x + 4305
def f4306(x):
    return x + 4306
def f4307(x):
    return x + 4307
def f4308(x):
    return x + 4308
def f4309(x):
    return x + 4309
def f4310(x):
    return x + 4310
def f4311(x):
    return x + 4311
def f4312(x):
    return x + 4312
def f4313(x):
    return x + 4313
def f4314(x):
    return x + 4314
def f4315(x):
    return x + 4315
def f4316(x):
    return x + 4316
def f4317(x):
    return x + 4317
def f4318(x):
    return x + 4318
def f4319(x):
    return x + 4319
def f4320(x):
    return x + 4320
def f4321(x):
    return x + 4321
def f4322(x):
    return x + 4322
def f4323(x):
    return x + 4323
def f4324(x):
    return x + 4324
def f4325(x):
    return x + 4325
def f4326(x):
    return x + 4326
def f4327(x):
    return x + 4327
def f4328(x):
    return x + 4328
def f4329(x):
    return x + 4329
def f4330(x):
    return x + 4330
def f4331(x):
    return x + 4331
def f4332(x):
    return x + 4332
def f4333(x):
    return x + 4333
def f4334(x):
    return x + 4334
def f4335(x):
    return x + 4335
def f4336(x):
    return x + 4336
def f4337(x):
    return x + 4337
def f4338(x):
    return x + 4338
def f4339(x):
    return x + 4339
def f4340(x):
    return x + 4340
def f4341(x):
    return x + 4341
def f4342(x):
    return x + 4342
def f4343(x):
    return x + 4343
def f4344(x):
    return x + 4344
def f4345(x):
    return x + 4345
def f4346(x):
    return x + 4346
def f4347(x):
    return x + 4347
def f4348(x):
    return x + 4348
def f4349(x):
    return x + 4349
def f4350(x):
    return x + 4350
def f4351(x):
    return x + 4351
def f4352(x):
    return x + 4352
def f4353(x):
    return x + 4353
def f4354(x):
    return x + 4354
def f4355(x):
    return x + 4355
def f4356(x):
    return x + 4356
def f4357(x):
    return x + 4357
def f4358(x):
    return x + 4358
def f4359(x):
    return x + 4359
def f4360(x):
    return x + 4360
def f4361(x):
    return x + 4361
def f4362(x):
    return x + 4362
def f4363(x):
    return x + 4363
def f4364(x):
    return x + 4364
def f4365(x):
    return x + 4365
def f4366(x):
    return x + 4366
def f4367(x):
    return x + 4367
def f4368(x):
    return x + 4368
def f4369(x):
    return x + 4369
def f4370(x):
    return x + 4370
def f4371(x):
    return x + 4371
def f4372(x):
    return x + 4372
def f4373(x):
    return x + 4373
def f4374(x):
    return x + 4374
def f4375(x):
    return x + 4375
def f4376(x):
    return x + 4376
def f4377(x):
    return x + 4377
def f4378(x):
    return x + 4378
def f4379(x):
    return x + 4379
def f4380(x):
    return x + 4380
def f4381(x):
    return x + 4381
def f4382(x):
    return x + 4382
def f4383(x):
    return x + 4383
def f4384(x):
    return x + 4384
def f4385(x):
    return x + 4385
def f4386(x):
    return x + 4386
def f4387(x):
    return x + 4387
def f4388(x):
    return x + 4388
def f4389(x):
    return x + 4389
def f4390(x):
    return x + 4390
def f4391(x):
    return x + 4391
def f4392(x):
    return x + 4392
def f4393(x):
    return x + 4393
def f4394(x):
    return x + 4394
def f4395(x):
    return x + 4395
def f4396(x):
    return x + 4396
def f4397(x):
    return x + 4397
def f4398(x):
    return x + 4398
def f4399(x):
    return x + 4399
def f4400(x):
    return x + 4400
def f4401(x):
    return x + 4401
def f4402(x):
    return x + 4402
def f4403(x):
    return x + 4403
def f4404(x):
    return x + 4404
def f4405(x):
    return x + 4405
def f4406(x):
    return x + 4406
def f4407(x):
    return x + 4407
def f4408(x):
    return x + 4408
def f4409(x):
    return x + 4409
def f4410(x):
    return x + 4410
def f4411(x):
    return x + 4411
def f4412(x):
    return x + 4412
def f4413(x):
    return x + 4413
def f4414(x):
    return x + 4414
def f4415(x):
    return x + 4415
def f4416(x):
    return x + 4416
def f4417(x):
    return x + 4417
def f4418(x):
    return x + 4418
def f4419(x):
    return x + 4419
def f4420(x):
    return x + 4420
def f4421(x):
    return x + 4421
def f4422(x):
    return x + 4422
def f4423(x):
    return x + 4423
def f4424(x):
    return x + 4424
def f4425(x):
    return x + 4425
def f4426(x):
    return x + 4426
def f4427(x):
    return x + 4427
def f4428(x):
    return x + 4428
def f4429(x):
    return x + 4429
def f4430(x):
    return x + 4430
def f4431(x):
    return x + 4431
def f4432(x):
    return x + 4432
def f4433(x):
    return x + 4433
def f4434(x):
    return x + 4434
def f4435(x):
    return x + 4435
def f4436(x):
    return x + 4436
def f4437(x):
    return x + 4437
def f4438(x):
    return x + 4438
def f4439(x):
    return x + 4439
def f4440(x):
    return x + 4440
def f4441(x):
    return x + 4441
def f4442(x):
    return x + 4442
def f4443(x):
    return x + 4443
def f4444(x):
    return x + 4444
def f4445(x):
    return x + 4445
def f4446(x):
    return x + 4446
def f4447(x):
    return x + 4447
def f4448(x):
    return x + 4448
def f4449(x):
    return x + 4449
def f4450(x):
    return x + 4450
def f4451(x):
    return x + 4451
def f4452(x):
    return x + 4452
def f4453(x):
    return x + 4453
def f4454(x):
    return x + 4454
def f4455(x):
    return x + 4455
def f4456(x):
    return x + 4456
def f4457(x):
    return x + 4457
def f4458(x):
    return x + 4458
def f4459(x):
    return x + 4459
def f4460(x):
    return x + 4460
def f4461(x):
    return x + 4461
def f4462(x):
    return x + 4462
def f4463(x):
    return x + 4463
def f4464(x):
    return x + 4464
def f4465(x):
    return x + 4465
def f4466(x):
    return x + 4466
def f4467(x):
    return x + 4467
def f4468(x):
    return x + 4468
def f4469(x):
    return x + 4469
def f4470(x):
    return x + 4470
def f4471(x):
    return x + 4471
def f4472(x):
    return x + 4472
def f4473(x):
    return x + 4473
def f4474(x):
    return x + 4474
def f4475(x):
    return x + 4475
def f4476(x):
    return x + 4476
def f4477(x):
    return x + 4477
def f4478(x):
    return x + 4478
def f4479(x):
    return x + 4479
def f4480(x):
    return x + 4480
def f4481(x):
    return x + 4481
def f4482(x):
    return x + 4482
def f4483(x):
    return x + 4483
def f4484(x):
    return x + 4484
def f4485(x):
    return x + 4485
def f4486(x):
    return x + 4486
def f4487(x):
    return x + 4487
def f4488(x):
    return x + 4488
def f4489(x):
    return x + 4489
def f4490(x):
    return x + 4490
def f4491(x):
    return x + 4491
def f4492(x):
    return x + 4492
def f4493(x):
    return x + 4493
def f4494(x):
    return x + 4494
def f4495(x):
    return x + 4495
def f4496(x):
    return x + 4496
def f4497(x):
    return x + 4497
def f4498(x):
    return x + 4498
def f4499(x):
    return x + 4499
def f4500(x):
    return x + 4500
def f4501(x):
    return x + 4501
def f4502(x):
    return x + 4502
def f4503(x):
    return x + 4503
def f4504(x):
    return x + 4504
def f4505(x):
    return x + 4505
def f4506(x):
    return x + 4506
def f4507(x):
    return x + 4507
def f4508(x):
    return x + 4508
def f4509(x):
    return x + 4509
def f4510(x):
    return x + 4510
def f4511(x):
    return x + 4511
def f4512(x):
    return x + 4512
def f4513(x):
    return x + 4513
def f4514(x):
    return x + 4514
def f4515(x):
    return x + 4515
def f4516(x):
    return x + 4516
def f4517(x):
    return x + 4517
def f4518(x):
    return x + 4518
def f4519(x):
    return x + 4519
def f4520(x):
    return x + 4520
def f4521(x):
    return x + 4521
def f4522(x):
    return x + 4522
def f4523(x):
    return x + 4523
def f4524(x):
    return x + 4524
def f4525(x):
    return x + 4525
def f4526(x):
    return x + 4526
def f4527(x):
    return x + 4527
def f4528(x):
    return x + 4528
def f4529(x):
    return x + 4529
def f4530(x):
    return x + 4530
def f4531(x):
    return x + 4531
def f4532(x):
    return x + 4532
def f4533(x):
    return x + 4533
def f4534(x):
    return x + 4534
def f4535(x):
    return x + 4535
def f4536(x):
    return x + 4536
def f4537(x):
    return x + 4537
def f4538(x):
    return x + 4538
def f4539(x):
    return x + 4539
def f4540(x):
    return x + 4540
def f4541(x):
    return x + 4541
def f4542(x):
    return x + 4542
def f4543(x):
    return x + 4543
def f4544(x):
    return x + 4544
def f4545(x):
    return x + 4545
def f4546(x):
    return x + 4546
def f4547(x):
    return x + 4547
def f4548(x):
    return x + 4548
def f4549(x):
    return x + 4549
def f4550(x):
    return x + 4550
def f4551(x):
    return x + 4551
def f4552(x):
    return x + 4552
def f4553(x):
    return x + 4553
def f4554(x):
    return x + 4554
def f4555(x):
    return x + 4555
def f4556(x):
    return x + 4556
def f4557(x):
    return x + 4557
def f4558(x):
    return x + 4558
def f4559(x):
    return x + 4559
def f4560(x):
    return x + 4560
def f4561(x):
    return x + 4561
def f4562(x):
    return x + 4562
def f4563(x):
    return x + 4563
def f4564(x):
    return x + 4564
def f4565(x):
    return x + 4565
def f4566(x):
    return x + 4566
def f4567(x):
    return x + 4567
def f4568(x):
    return x + 4568
def f4569(x):
    return x + 4569
def f4570(x):
    return x + 4570
def f4571(x):
    return x + 4571
def f4572(x):
    return x + 4572
def f4573(x):
    return x + 4573
def f4574(x):
    return x + 4574
def f4575(x):
    return x + 4575
def f4576(x):
    return x + 4576
def f4577(x):
    return x + 4577
def f4578(x):
    return x + 4578
def f4579(x):
    return x + 4579
def f4580(x):
    return x + 4580
def f4581(x):
    return x + 4581
def f4582(x):
    return x + 4582
def f4583(x):
    return x + 4583
def f4584(x):
    return x + 4584
def f4585(x):
    return x + 4585
def f4586(x):
    return x + 4586
def f4587(x):
    return x + 4587
def f4588(x):
    return x + 4588
def f4589(x):
    return x + 4589
def f4590(x):
    return x + 4590
def f4591(x):
    return x + 4591
def f4592(x):
    return x + 4592
def f4593(x):
    return x + 4593
def f4594(x):
    return x + 4594
def f4595(x):
    return x + 4595
def f4596(x):
    return x + 4596
def f4597(x):
    return x + 4597
def f4598(x):
    return x + 4598
def f4599(x):
    return x + 4599
def f4600(x):
    return x + 4600
def f4601(x):
    return x + 4601
def f4602(x):
    return x + 4602
def f4603(x):
    return x + 4603
def f4604(x):
    return x + 4604
def f4605(x):
    return x + 4605
def f4606(x):
    return x + 4606
def f4607(x):
    return x + 4607
def f4608(x):
    return x + 4608
def f4609(x):
    return x + 4609
def f4610(x):
    return x + 4610
def f4611(x):
    return x + 4611
def f4612(x):
    return x + 4612
def f4613(x):
    return x + 4613
def f4614(x):
    return x + 4614
def f4615(x):
    return x + 4615
def f4616(x):
    return x + 4616
def f4617(x):
    return x + 4617
def f4618(x):
    return x + 4618
def f4619(x):
    return x + 4619
def f4620(x):
    return x + 4620
def f4621(x):
    return x + 4621
def f4622(x):
    return x + 4622
def f4623(x):
    return x + 4623
def f4624(x):
    return x + 4624
def f4625(x):
    return x + 4625
def f4626(x):
    return x + 4626
def f4627(x):
    return x + 4627
def f4628(x):
    return x + 4628
def f4629(x):
    return x + 4629
def f4630(x):
    return x + 4630
def f4631(x):
    return x + 4631
def f4632(x):
    return x + 4632
def f4633(x):
    return x + 4633
def f4634(x):
    return x + 4634
def f4635(x):
    return x + 4635
def f4636(x):
    return x + 4636
def f4637(x):
    return x + 4637
def f4638(x):
    return x + 4638
def f4639(x):
    return x + 4639
def f4640(x):
    return x + 4640
def f4641(x):
    return x + 4641
def f4642(x):
    return x + 4642
def f4643(x):
    return x + 4643
def f4644(x):
    return x + 4644
def f4645(x):
    return x + 4645
def f4646(x):
    return x + 4646
def f4647(x):
    return x + 4647
def f4648(x):
    return x + 4648
def f4649(x):
    return x + 4649
def f4650(x):
    return x + 4650
def f4651(x):
    return x + 4651
def f4652(x):
    return x + 4652
def f4653(x):
    return x + 4653
def f4654(x):
    return x + 4654
def f4655(x):
    return x + 4655
def f4656(x):
    return x + 4656
def f4657(x):
    return x + 4657
def f4658(x):
    return x + 4658
def f4659(x):
    return x + 4659
def f4660(x):
    return x + 4660
def f4661(x):
    return x + 4661
def f4662(x):
    return x + 4662
def f4663(x):
    return x + 4663
def f4664(x):
    return x + 4664
def f4665(x):
    return x + 4665
def f4666(x):
    return x + 4666
def f4667(x):
    return x + 4667
def f4668(x):
    return x + 4668
def f4669(x):
    return x + 4669
def f4670(x):
    return x + 4670
def f4671(x):
    return x + 4671
def f4672(x):
    return x + 4672
def f4673(x):
    return x + 4673
def f4674(x):
    return x + 4674
def f4675(x):
    return x + 4675
def f4676(x):
    return x + 4676
def f4677(x):
    return x + 4677
def f4678(x):
    return x + 4678
def f4679(x):
    return x + 4679
def f4680(x):
    return x + 4680
def f4681(x):
    return x + 4681
def f4682(x):
    return x + 4682
def f4683(x):
    return x + 4683
def f4684(x):
    return x + 4684
def f4685(x):
    return x + 4685
def f4686(x):
    return x + 4686
def f4687(x):
    return x + 4687
def f4688(x):
    return x + 4688
def f4689(x):
    return x + 4689
def f4690(x):
    return x + 4690
def f4691(x):
    return x + 4691
def f4692(x):
    return x + 4692
def f4693(x):
    return x + 4693
def f4694(x):
    return x + 4694
def f4695(x):
    return x + 4695
def f4696(x):
    return x + 4696
def f4697(x):
    return x + 4697
def f4698(x):
    return x + 4698
def f4699(x):
    return x + 4699
def f4700(x):
    return x + 4700
def f4701(x):
    return x + 4701
def f4702(x):
    return x + 4702
def f4703(x):
    return x + 4703
def f4704(x):
    return x + 4704
def f4705(x):
    return x + 4705
def f4706(x):
    return x + 4706
def f4707(x):
    return x + 4707
def f4708(x):
    return x + 4708
def f4709(x):
    return x + 4709
def f4710(x):
    return x + 4710
def f4711(x):
    return x + 4711
def f4712(x):
    return x + 4712
def f4713(x):
    return x + 4713
def f4714(x):
    return x + 4714
def f4715(x):
    return x + 4715
def f4716(x):
    return x + 4716
def f4717(x):
    return x + 4717
def f4718(x):
    return x + 4718
def f4719(x):
    return x + 4719
def f4720(x):
    return x + 4720
def f4721(x):
    return x + 4721
def f4722(x):
    return x + 4722
def f4723(x):
    return x + 4723
def f4724(x):
    return x + 4724
def f4725(x):
    return x + 4725
def f4726(x):
    return x + 4726
def f4727(x):
    return x + 4727
def f4728(x):
    return x + 4728
def f4729(x):
    return x + 4729
def f4730(x):
    return x + 4730
def f4731(x):
    return x + 4731
def f4732(x):
    return x + 4732
def f4733(x):
    return x + 4733
def f4734(x):
    return x + 4734
def f4735(x):
    return x + 4735
def f4736(x):
    return x + 4736
def f4737(x):
    return x + 4737
def f4738(x):
    return x + 4738
def f4739(x):
    return x + 4739
def f4740(x):
    return x + 4740
def f4741(x):
    return x + 4741
def f4742(x):
    return x + 4742
def f4743(x):
    return x + 4743
def f4744(x):
    return x + 4744
def f4745(x):
    return x + 4745
def f4746(x):
    return x + 4746
def f4747(x):
    return x + 4747
def f4748(x):
    return x + 4748
def f4749(x):
    return x + 4749
def f4750(x):
    return x + 4750
def f4751(x):
    return x + 4751
def f4752(x):
    return x + 4752
def f4753(x):
    return x + 4753
def f4754(x):
    return x + 4754
def f4755(x):
    return x + 4755
def f4756(x):
    return x + 4756
def f4757(x):
    return x + 4757
def f4758(x):
    return x + 4758
def f4759(x):
    return x + 4759
def f4760(x):
    return x + 4760
def f4761(x):
    return x + 4761
def f4762(x):
    return x + 4762
def f4763(x):
    return x + 4763
def f4764(x):
    return x + 4764
def f4765(x):
    return x + 4765
def f4766(x):
    return x + 4766
def f4767(x):
    return x + 4767
def f4768(x):
    return x + 4768
def f4769(x):
    return x + 4769
def f4770(x):
    return x + 4770
def f4771(x):
    return x + 4771
def f4772(x):
    return x + 4772
def f4773(x):
    return x + 4773
def f4774(x):
    return x + 4774
def f4775(x):
    return x + 4775
def f4776(x):
    return x + 4776
def f4777(x):
    return x + 4777
def f4778(x):
    return x + 4778
def f4779(x):
    return x + 4779
def f4780(x):
    return x + 4780
def f4781(x):
    return x + 4781
def f4782(x):
    return x + 4782
def f4783(x):
    return x + 4783
def f4784(x):
    return x + 4784
def f4785(x):
    return x + 4785
def f4786(x):
    return x + 4786
def f4787(x):
    return x + 4787
def f4788(x):
    return x + 4788
def f4789(x):
    return x + 4789
def f4790(x):
    return x + 4790
def f4791(x):
    return x + 4791
def f4792(x):
    return x + 4792
def f4793(x):
    return x + 4793
def f4794(x):
    return x + 4794
def f4795(x):
    return x + 4795
def f4796(x):
    return x + 4796
def f4797(x):
    return x + 4797
def f4798(x):
    return x + 4798
def f4799(x):
    return x + 4799
def f4800(x):
    return x + 4800
def f4801(x):
    return x + 4801
def f4802(x):
    return x + 4802
def f4803(x):
    return x + 4803
def f4804(x):
    return x + 4804
def f4805(x):
    return x + 4805
def f4806(x):
    return x + 4806
def f4807(x):
    return x + 4807
def f4808(x):
    return x + 4808
def f4809(x):
    return x + 4809
def f4810(x):
    return x + 4810
def f4811(x):
    return x + 4811
def f4812(x):
    return x + 4812
def f4813(x):
    return x + 4813
def f4814(x):
    return x + 4814
def f4815(x):
    return x + 4815
def f4816(x):
    return x + 4816
def f4817(x):
    return x + 4817
def f4818(x):
    return x + 4818
def f4819(x):
    return x + 4819
def f4820(x):
    return x + 4820
def f4821(x):
    return x + 4821
def f4822(x):
    return x + 4822
def f4823(x):
    return x + 4823
def f4824(x):
    return x + 4824
def f4825(x):
    return x + 4825
def f4826(x):
    return x + 4826
def f4827(x):
    return x + 4827
def f4828(x):
    return x + 4828
def f4829(x):
    return x + 4829
def f4830(x):
    return x + 4830
def f4831(x):
    return x + 4831
def f4832(x):
    return x + 4832
def f4833(x):
    return x + 4833
def f4834(x):
    return x + 4834
def f4835(x):
    return x + 4835
def f4836(x):
    return x + 4836
def f4837(x):
    return x + 4837
def f4838(x):
    return x + 4838
def f4839(x):
    return x + 4839
def f4840(x):
    return x + 4840
def f4841(x):
    return x + 4841
def f4842(x):
    return x + 4842
def f4843(x):
    return x + 4843
def f4844(x):
    return x + 4844
def f4845(x):
    return x + 4845
def f4846(x):
    return x + 4846
def f4847(x):
    return x + 4847
def f4848(x):
    return x + 4848
def f4849(x):
    return x + 4849
def f4850(x):
    return x + 4850
def f4851(x):
    return x + 4851
def f4852(x):
    return x + 4852
def f4853(x):
    return x + 4853
def f4854(x):
    return x + 4854
def f4855(x):
    return x + 4855
def f4856(x):
    return x + 4856
def f4857(x):
    return x + 4857
def f4858(x):
    return x + 4858
def f4859(x):
    return x + 4859
def f4860(x):
    return x + 4860
def f4861(x):
    return x + 4861
def f4862(x):
    return x + 4862
def f4863(x):
    return x + 4863
def f4864(x):
    return x + 4864
def f4865(x):
    return x + 4865
def f4866(x):
    return x + 4866
def f4867(x):
    return x + 4867
def f4868(x):
    return x + 4868
def f4869(x):
    return x + 4869
def f4870(x):
    return x + 4870
def f4871(x):
    return x + 4871
def f4872(x):
    return x + 4872
def f4873(x):
    return x + 4873
def f4874(x):
    return x + 4874
def f4875(x):
    return x + 4875
def f4876(x):
    return x + 4876
def f4877(x):
    return x + 4877
def f4878(x):
    return x + 4878
def f4879(x):
    return x + 4879
def f4880(x):
    return x + 4880
def f4881(x):
    return x + 4881
def f4882(x):
    return x + 4882
def f4883(x):
    return x + 4883
def f4884(x):
    return x + 4884
def f4885(x):
    return x + 4885
def f4886(x):
    return x + 4886
def f4887(x):
    return x + 4887
def f4888(x):
    return x + 4888
def f4889(x):
    return x + 4889
def f4890(x):
    return x + 4890
def f4891(x):
    return x + 4891
def f4892(x):
    return x + 4892
def f4893(x):
    return x + 4893
def f4894(x):
    return x + 4894
def f4895(x):
    return x + 4895
def f4896(x):
    return x + 4896
def f4897(x):
    return x + 4897
def f4898(x):
    return x + 4898
def f4899(x):
    return x + 4899
def f4900(x):
    return x + 4900
def f4901(x):
    return x + 4901
def f4902(x):
    return x + 4902
def f4903(x):
    return x + 4903
def f4904(x):
    return x + 4904
def f4905(x):
    return x + 4905
def f4906(x):
    return x + 4906
def f4907(x):
    return x + 4907
def f4908(x):
    return x + 4908
def f4909(x):
    return x + 4909
def f4910(x):
    return x + 4910
def f4911(x):
    return x + 4911
def f4912(x):
    return x + 4912
def f4913(x):
    return x + 4913
def f4914(x):
    return x + 4914
def f4915(x):
    return x + 4915
def f4916(x):
    return x + 4916
def f4917(x):
    return x + 4917
def f4918(x):
    return x + 4918
def f4919(x):
    return x + 4919
def f4920(x):
    return x + 4920
def f4921(x):
    return x + 4921
def f4922(x):
    return x + 4922
def f4923(x):
    return x + 4923
def f4924(x):
    return x + 4924
def f4925(x):
    return x + 4925
def f4926(x):
    return x + 4926
def f4927(x):
    return x + 4927
def f4928(x):
    return x + 4928
def f4929(x):
    return x + 4929
def f4930(x):
    return x + 4930
def f4931(x):
    return x + 4931
def f4932(x):
    return x + 4932
def f4933(x):
    return x + 4933
def f4934(x):
    return x + 4934
def f4935(x):
    return x + 4935
def f4936(x):
    return x + 4936
def f4937(x):
    return x + 4937
def f4938(x):
    return x + 4938
def f4939(x):
    return x + 4939
def f4940(x):
    return x + 4940
def f4941(x):
    return x + 4941
def f4942(x):
    return x + 4942
def f4943(x):
    return x + 4943
def f4944(x):
    return x + 4944
def f4945(x):
    return x + 4945
def f4946(x):
    return x + 4946
def f4947(x):
    return x + 4947
def f4948(x):
    return x + 4948
def f4949(x):
    return x + 4949
def f4950(x):
    return x + 4950
def f4951(x):
    return x + 4951
def f4952(x):
    return x + 4952
def f4953(x):
    return x + 4953
def f4954(x):
    return x + 4954
def f4955(x):
    return x + 4955
def f4956(x):
    return x + 4956
def f4957(x):
    return x + 4957
def f4958(x):
    return x + 4958
def f4959(x):
    return x + 4959
def f4960(x):
    return x + 4960
def f4961(x):
    return x + 4961
def f4962(x):
    return x + 4962
def f4963(x):
    return x + 4963
def f4964(x):
    return x + 4964
def f4965(x):
    return x + 4965
def f4966(x):
    return x + 4966
def f4967(x):
    return x + 4967
def f4968(x):
    return x + 4968
def f4969(x):
    return x + 4969
def f4970(x):
    return x + 4970
def f4971(x):
    return x + 4971
def f4972(x):
    return x + 4972
def f4973(x):
    return x + 4973
def f4974(x):
    return x + 4974
def f4975(x):
    return x + 4975
def f4976(x):
    return x + 4976
def f4977(x):
    return x + 4977
def f4978(x):
    return x + 4978
def f4979(x):
    return x + 4979
def f4980(x):
    return x + 4980
def f4981(x):
    return x + 4981
def f4982(x):
    return x + 4982
def f4983(x):
    return x + 4983
def f4984(x):
    return x + 4984
def f4985(x):
    return x + 4985
def f4986(x):
    return x + 4986
def f4987(x):
    return x + 4987
def f4988(x):
    return x + 4988
def f4989(x):
    return x + 4989
def f4990(x):
    return x + 4990
def f4991(x):
    return x + 4991
def f4992(x):
    return x + 4992
def f4993(x):
    return x + 4993
def f4994(x):
    return x + 4994
def f4995(x):
    return x + 4995
def f4996(x):
    return x + 4996
def f4997(x):
    return x + 4997
def f4998(x):
    return x + 4998
def f4999(x):
    return x + 4999
def f5000(x):
    return x + 5000
def f5001(x):
    return x + 5001
def f5002(x):
    return x + 5002
def f5003(x):
    return x + 5003
def f5004(x):
    return x + 5004
def f5005(x):
    return x + 5005
def f5006(x):
    return x + 5006
def f5007(x):
    return x + 5007
def f5008(x):
    return x + 5008
def f5009(x):
    return x + 5009
def f5010(x):
    return x + 5010
def f5011(x):
    return x + 5011
def f5012(x):
    return x + 5012
def f5013(x):
    return x + 5013
def f5014(x):
    return x + 5014
def f5015(x):
    return x + 5015
def f5016(x):
    return x + 5016
def f5017(x):
    return x + 5017
def f5018(x):
    return x + 5018
def f5019(x):
    return x + 5019
def f5020(x):
    return x + 5020
def f5021(x):
    return x + 5021
def f5022(x):
    return x + 5022
def f5023(x):
    return x + 5023
def f5024(x):
    return x + 5024
def f5025(x):
    return x + 5025
def f5026(x):
    return x + 5026
def f5027(x):
    return x + 5027
def f5028(x):
    return x + 5028
def f5029(x):
    return x + 5029
def f5030(x):
    return x + 5030
def f5031(x):
    return x + 5031
def f5032(x):
    return x + 5032
def f5033(x):
    return x + 5033
def f5034(x):
    return x + 5034
def f5035(x):
    return x + 5035
def f5036(x):
    return x + 5036
def f5037(x):
    return x + 5037
def f5038(x):
    return x + 5038
def f5039(x):
    return x + 5039
def f5040(x):
    return x + 5040
def f5041(x):
    return x + 5041
def f5042(x):
    return x + 5042
def f5043(x):
    return x + 5043
def f5044(x):
    return x + 5044
def f5045(x):
    return x + 5045
def f5046(x):
    return x + 5046
def f5047(x):
    return x + 5047
def f5048(x):
    return x + 5048
def f5049(x):
    return x + 5049
def f5050(x):
    return x + 5050
def f5051(x):
    return x + 5051
def f5052(x):
    return x + 5052
def f5053(x):
    return x + 5053
def f5054(x):
    return x + 5054
def f5055(x):
    return x + 5055
def f5056(x):
    return x + 5056
def f5057(x):
    return x + 5057
def f5058(x):
    return x + 5058
def f5059(x):
    return x + 5059
def f5060(x):
    return x + 5060
def f5061(x):
    return x + 5061
def f5062(x):
    return x + 5062
def f5063(x):
    return x + 5063
def f5064(x):
    return x + 5064
def f5065(x):
    return x + 5065
def f5066(x):
    return x + 5066
def f5067(x):
    return x + 5067
def f5068(x):
    return x + 5068
def f5069(x):
    return x + 5069
def f5070(x):
    return x + 5070
def f5071(x):
    return x + 5071
def f5072(x):
    return x + 5072
def f5073(x):
    return x + 5073
def f5074(x):
    return x + 5074
def f5075(x):
    return x + 5075
def f5076(x):
    return x + 5076
def f5077(x):
    return x + 5077
def f5078(x):
    return x + 5078
def f5079(x):
    return x + 5079
def f5080(x):
    return x + 5080
def f5081(x):
    return x + 5081
def f5082(x):
    return x + 5082
def f5083(x):
    return x + 5083
def f5084(x):
    return x + 5084
def f5085(x):
    return x + 5085
def f5086(x):
    return x + 5086
def f5087(x):
    return x + 5087
def f5088(x):
    return x + 5088
def f5089(x):
    return x + 5089
def f5090(x):
    return x + 5090
def f5091(x):
    return x + 5091
def f5092(x):
    return x + 5092
def f5093(x):
    return x + 5093
def f5094(x):
    return x + 5094
def f5095(x):
    return x + 5095
def f5096(x):
    return x + 5096
def f5097(x):
    return x + 5097
def f5098(x):
    return x + 5098
def f5099(x):
    return x + 5099
def f5100(x):
    return x + 5100
def f5101(x):
    return x + 5101
def f5102(x):
    return x + 5102
def f5103(x):
    return x + 5103
def f5104(x):
    return x + 5104
def f5105(x):
    return x + 5105
def f5106(x):
    return x + 5106
def f5107(x):
    return x + 5107
def f5108(x):
    return x + 5108
def f5109(x):
    return x + 5109
def f5110(x):
    return x + 5110
def f5111(x):
    return x + 5111
def f5112(x):
    return x + 5112
def f5113(x):
    return x + 5113
def f5114(x):
    return x + 5114
def f5115(x):
    return x + 5115
def f5116(x):
    return x + 5116
def f5117(x):
    return x + 5117
def f5118(x):
    return x + 5118
def f5119(x):
    return x + 5119
def f5120(x):
    return x + 5120
def f5121(x):
    return x + 5121
def f5122(x):
    return x + 5122
def f5123(x):
    return x + 5123
def f5124(x):
    return x + 5124
def f5125(x):
    return x + 5125
def f5126(x):
    return x + 5126
def f5127(x):
    return x + 5127
def f5128(x):
    return x + 5128
def f5129(x):
    return x + 5129
def f5130(x):
    return x + 5130
def f5131(x):
    return x + 5131
def f5132(x):
    return x + 5132
def f5133(x):
    return x + 5133
def f5134(x):
    return x + 5134
def f5135(x):
    return x + 5135
def f5136(x):
    return x + 5136
def f5137(x):
    return x + 5137
def f5138(x):
    return x + 5138
def f5139(x):
    return x + 5139
def f5140(x):
    return x + 5140
def f5141(x):
    return x + 5141
def f5142(x):
    return x + 5142
def f5143(x):
    return x + 5143
def f5144(x):
    return x + 5144
def f5145(x):
    return x + 5145
def f5146(x):
    return x + 5146
def f5147(x):
    return x + 5147
def f5148(x):
    return x + 5148
def f5149(x):
    return x + 5149
def f5150(x):
    return x + 5150
def f5151(x):
    return x + 5151
def f5152(x):
    return x + 5152
def f5153(x):
    return x + 5153
def f5154(x):
    return x + 5154
def f5155(x):
    return x + 5155
def f5156(x):
    return x + 5156
def f5157(x):
    return x + 5157
def f5158(x):
    return x + 5158
def f5159(x):
    return x + 5159
def f5160(x):
    return x + 5160
def f5161(x):
    return x + 5161
def f5162(x):
    return x + 5162
def f5163(x):
    return x + 5163
def f5164(x):
    return x + 5164
def f5165(x):
    return x + 5165
def f5166(x):
    return x + 5166
def f5167(x):
    return x + 5167
def f5168(x):
    return x + 5168
def f5169(x):
    return x + 5169
def f5170(x):
    return x + 5170
def f5171(x):
    return x + 5171
def f5172(x):
    return x + 5172
def f5173(x):
    return x + 5173
def f5174(x):
    return x + 5174
def f5175(x):
    return x + 5175
def f5176(x):
    return x + 5176
def f5177(x):
    return x + 5177
def f5178(x):
    return x + 5178
def f5179(x):
    return x + 5179
def f5180(x):
    return x + 5180
def f5181(x):
    return x + 5181
def f5182(x):
    return x + 5182
def f5183(x):
    return x + 5183
def f5184(x):
    return x + 5184
def f5185(x):
    return x + 5185
def f5186(x):
    return x + 5186
def f5187(x):
    return x + 5187
def f5188(x):
    return x + 5188
def f5189(x):
    return x + 5189
def f5190(x):
    return x + 5190
def f5191(x):
    return x + 5191
def f5192(x):
    return x + 5192
def f5193(x):
    return x + 5193
def f5194(x):
    return x + 5194
def f5195(x):
    return x + 5195
def f5196(x):
    return x + 5196
def f5197(x):
    return x + 5197
def f5198(x):
    return x + 5198
def f5199(x):
    return x + 5199
def f5200(x):
    return x + 5200
def f5201(x):
    return x + 5201
def f5202(x):
    return x + 5202
def f5203(x):
    return x + 5203
def f5204(x):
    return x + 5204
def f5205(x):
    return x + 5205
def f5206(x):
    return x + 5206
def f5207(x):
    return x + 5207
def f5208(x):
    return x + 5208
def f5209(x):
    return x + 5209
def f5210(x):
    return x + 5210
def f5211(x):
    return x + 5211
def f5212(x):
    return x + 5212
def f5213(x):
    return x + 5213
def f5214(x):
    return x + 5214
def f5215(x):
    return x + 5215
def f5216(x):
    return x + 5216
def f5217(x):
    return x + 5217
def f5218(x):
    return x + 5218
def f5219(x):
    return x + 5219
def f5220(x):
    return x + 5220
def f5221(x):
    return x + 5221
def f5222(x):
    return x + 5222
def f5223(x):
    return x + 5223
def f5224(x):
    return x + 5224
def f5225(x):
    return x + 5225
def f5226(x):
    return x + 5226
def f5227(x):
    return x + 5227
def f5228(x):
    return x + 5228
def f5229(x):
    return x + 5229
def f5230(x):
    return x + 5230
def f5231(x):
    return x + 5231
def f5232(x):
    return x + 5232
def f5233(x):
    return x + 5233
def f5234(x):
    return x + 5234
def f5235(x):
    return x + 5235
def f5236(x):
    return x + 5236
def f5237(x):
    return x + 5237
def f5238(x):
    return x + 5238
def f5239(x):
    return x + 5239
def f5240(x):
    return x + 5240
def f5241(x):
    return x + 5241
def f5242(x):
    return x + 5242
def f5243(x):
    return x + 5243
def f5244(x):
    return x + 5244
def f5245(x):
    return x + 5245
def f5246(x):
    return x + 5246
def f5247(x):
    return x + 5247
def f5248(x):
    return x + 5248
def f5249(x):
    return x + 5249
def f5250(x):
    return x + 5250
def f5251(x):
    return x + 5251
def f5252(x):
    return x + 5252
def f5253(x):
    return x + 5253
def f5254(x):
    return x + 5254
def f5255(x):
    return x + 5255
def f5256(x):
    return x + 5256
def f5257(x):
    return x + 5257
def f5258(x):
    return x + 5258
def f5259(x):
    return x + 5259
def f5260(x):
    return x + 5260
def f5261(x):
    return x + 5261
def f5262(x):
    return x + 5262
def f5263(x):
    return x + 5263
def f5264(x):
    return x + 5264
def f5265(x):
    return x + 5265
def f5266(x):
    return x + 5266
def f5267(x):
    return x + 5267
def f5268(x):
    return x + 5268
def f5269(x):
    return x + 5269
def f5270(x):
    return x + 5270
def f5271(x):
    return x + 5271
def f5272(x):
    return x + 5272
def f5273(x):
    return x + 5273
def f5274(x):
    return x + 5274
def f5275(x):
    return x + 5275
def f5276(x):
    return x + 5276
def f5277(x):
    return x + 5277
def f5278(x):
    return x + 5278
def f5279(x):
    return x + 5279
def f5280(x):
    return x + 5280
def f5281(x):
    return x + 5281
def f5282(x):
    return x + 5282
def f5283(x):
    return x + 5283
def f5284(x):
    return x + 5284
def f5285(x):
    return x + 5285
def f5286(x):
    return x + 5286
def f5287(x):
    return x + 5287
def f5288(x):
    return x + 5288
def f5289(x):
    return x + 5289
def f5290(x):
    return x + 5290
def f5291(x):
    return x + 5291
def f5292(x):
    return x + 5292
def f5293(x):
    return x + 5293
def f5294(x):
    return x + 5294
def f5295(x):
    return x + 5295
def f5296(x):
    return x + 5296
def f5297(x):
    return x + 5297
def f5298(x):
    return x + 5298
def f5299(x):
    return x + 5299
def f5300(x):
    return x + 5300
def f5301(x):
    return x + 5301
def f5302(x):
    return x + 5302
def f5303(x):
    return x + 5303
def f5304(x):
    return x + 5304
def f5305(x):
    return x + 5305
def f5306(x):
    return x + 5306
def f5307(x):
    return x + 5307
def f5308(x):
    return x + 5308
def f5309(x):
    return x + 5309
def f5310(x):
    return x + 5310
def f5311(x):
    return x + 5311
def f5312(x):
    return x + 5312
def f5313(x):
    return x + 5313
def f5314(x):
    return x + 5314
def f5315(x):
    return x + 5315
def f5316(x):
    return x + 5316
def f5317(x):
    return x + 5317
def f5318(x):
    return x + 5318
def f5319(x):
    return x + 5319
def f5320(x):
    return x + 5320
def f5321(x):
    return x + 5321
def f5322(x):
    return x + 5322
def f5323(x):
    return x + 5323
def f5324(x):
    return x + 5324
def f5325(x):
    return x + 5325
def f5326(x):
    return x + 5326
def f5327(x):
    return x + 5327
def f5328(x):
    return x + 5328
def f5329(x):
    return x + 5329
def f5330(x):
    return x + 5330
def f5331(x):
    return x + 5331
def f5332(x):
    return x + 5332
def f5333(x):
    return x + 5333
def f5334(x):
    return x + 5334
def f5335(x):
    return x + 5335
def f5336(x):
    return x + 5336
def f5337(x):
    return x + 5337
def f5338(x):
    return x + 5338
def f5339(x):
    return x + 5339
def f5340(x):
    return x + 5340
def f5341(x):
    return x + 5341
def f5342(x):
    return x + 5342
def f5343(x):
    return x + 5343
def f5344(x):
    return x + 5344
def f5345(x):
    return x + 5345
def f5346(x):
    return x + 5346
def f5347(x):
    return x + 5347
def f5348(x):
    return x + 5348
def f5349(x):
    return x + 5349
def f5350(x):
    return x + 5350
def f5351(x):
    return x + 5351
def f5352(x):
    return x + 5352
def f5353(x):
    return x + 5353
def f5354(x):
    return x + 5354
def f5355(x):
    return x + 5355
def f5356(x):
    return x + 5356
def f5357(x):
    return x + 5357
def f5358(x):
    return x + 5358
def f5359(x):
    return x + 5359
def f5360(x):
    return x + 5360
def f5361(x):
    return x + 5361
def f5362(x):
    return x + 5362
def f5363(x):
    return x + 5363
def f5364(x):
    return x + 5364
def f5365(x):
    return x + 5365
def f5366(x):
    return x + 5366
def f5367(x):
    return x + 5367
def f5368(x):
    return x + 5368
def f5369(x):
    return x + 5369
def f5370(x):
    return x + 5370
def f5371(x):
    return x + 5371
def f5372(x):
    return x + 5372
def f5373(x):
    return x + 5373
def f5374(x):
    return x + 5374
def f5375(x):
    return x + 5375
def f5376(x):
    return x + 5376
def f5377(x):
    return x + 5377
def f5378(x):
    return x + 5378
def f5379(x):
    return x + 5379
def f5380(x):
    return x + 5380
def f5381(x):
    return x + 5381
def f5382(x):
    return x + 5382
def f5383(x):
    return x + 5383
def f5384(x):
    return x + 5384
def f5385(x):
    return x + 5385
def f5386(x):
    return x + 5386
def f5387(x):
    return x + 5387
def f5388(x):
    return x + 5388
def f5389(x):
    return x + 5389
def f5390(x):
    return x + 5390
def f5391(x):
    return x + 5391
def f5392(x):
    return x + 5392
def f5393(x):
    return x + 5393
def f5394(x):
    return x + 5394
def f5395(x):
    return x + 5395
def f5396(x):
    return x + 5396
def f5397(x):
    return x + 5397
def f5398(x):
    return x + 5398
def f5399(x):
    return x + 5399
def f5400(x):
    return x + 5400
def f5401(x):
    return x + 5401
def f5402(x):
    return x + 5402
def f5403(x):
    return x + 5403
def f5404(x):
    return x + 5404
def f5405(x):
    return x + 5405
def f5406(x):
    return x + 5406
def f5407(x):
    return x + 5407
def f5408(x):
    return x + 5408
def f5409(x):
    return x + 5409
def f5410(x):
    return x + 5410
def f5411(x):
    return x + 5411
def f5412(x):
    return x + 5412
def f5413(x):
    return x + 5413
def f5414(x):
    return x + 5414
def f5415(x):
    return x + 5415
def f5416(x):
    return x + 5416
def f5417(x):
    return x + 5417
def f5418(x):
    return x + 5418
def f5419(x):
    return x + 5419
def f5420(x):
    return x + 5420
def f5421(x):
    return x + 5421
def f5422(x):
    return x + 5422
def f5423(x):
    return x + 5423
def f5424(x):
    return x + 5424
def f5425(x):
    return x + 5425
def f5426(x):
    return x + 5426
def f5427(x):
    return x + 5427
def f5428(x):
    return x + 5428
def f5429(x):
    return x + 5429
def f5430(x):
    return x + 5430
def f5431(x):
    return x + 5431
def f5432(x):
    return x + 5432
def f5433(x):
    return x + 5433
def f5434(x):
    return x + 5434
def f5435(x):
    return x + 5435
def f5436(x):
    return x + 5436
def f5437(x):
    return x + 5437
def f5438(x):
    return x + 5438
def f5439(x):
    return x + 5439
def f5440(x):
    return x + 5440
def f5441(x):
    return x + 5441
def f5442(x):
    return x + 5442
def f5443(x):
    return x + 5443
def f5444(x):
    return x + 5444
def f5445(x):
    return x + 5445
def f5446(x):
    return x + 5446
def f5447(x):
    return x + 5447
def f5448(x):
    return x + 5448
def f5449(x):
    return x + 5449
def f5450(x):
    return x + 5450
def f5451(x):
    return x + 5451
def f5452(x):
    return x + 5452
def f5453(x):
    return x + 5453
def f5454(x):
    return x + 5454
def f5455(x):
    return x + 5455
def f5456(x):
    return x + 5456
def f5457(x):
    return x + 5457
def f5458(x):
    return x + 5458
def f5459(x):
    return x + 5459
def f5460(x):
    return x + 5460
def f5461(x):
    return x + 5461
def f5462(x):
    return x + 5462
def f5463(x):
    return x + 5463
def f5464(x):
    return x + 5464
def f5465(x):
    return x + 5465
def f5466(x):
    return x + 5466
def f5467(x):
    return x + 5467
def f5468(x):
    return x + 5468
def f5469(x):
    return x + 5469
def f5470(x):
    return x + 5470
def f5471(x):
    return x + 5471
def f5472(x):
    return x + 5472
def f5473(x):
    return x + 5473
def f5474(x):
    return x + 5474
def f5475(x):
    return x + 5475
def f5476(x):
    return x + 5476
def f5477(x):
    return x + 5477
def f5478(x):
    return x + 5478
def f5479(x):
    return x + 5479
def f5480(x):
    return x + 5480
def f5481(x):
    return x + 5481
def f5482(x):
    return x + 5482
def f5483(x):
    return x + 5483
def f5484(x):
    return x + 5484
def f5485(x):
    return x + 5485
def f5486(x):
    return x + 5486
def f5487(x):
    return x + 5487
def f5488(x):
    return x + 5488
def f5489(x):
    return x + 5489
def f5490(x):
    return x + 5490
def f5491(x):
    return x + 5491
def f5492(x):
    return x + 5492
def f5493(x):
    return x + 5493
def f5494(x):
    return x + 5494
def f5495(x):
    return x + 5495
def f5496(x):
    return x + 5496
def f5497(x):
    return x + 5497
def f5498(x):
    return x + 5498
def f5499(x):
    return x + 5499
def f5500(x):
    return x + 5500
def f5501(x):
    return x + 5501
def f5502(x):
    return x + 5502
def f5503(x):
    return x + 5503
def f5504(x):
    return x + 5504
def f5505(x):
    return x + 5505
def f5506(x):
    return x + 5506
def f5507(x):
    return x + 5507
def f5508(x):
    return x + 5508
def f5509(x):
    return x + 5509
def f5510(x):
    return x + 5510
def f5511(x):
    return x + 5511
def f5512(x):
    return x + 5512
def f5513(x):
    return x + 5513
def f5514(x):
    return x + 5514
def f5515(x):
    return x + 5515
def f5516(x):
    return x + 5516
def f5517(x):
    return x + 5517
def f5518(x):
    return x + 5518
def f5519(x):
    return x + 5519
def f5520(x):
    return x + 5520
def f5521(x):
    return x + 5521
def f5522(x):
    return x + 5522
def f5523(x):
    return x + 5523
def f5524(x):
    return x + 5524
def f5525(x):
    return x + 5525
def f5526(x):
    return x + 5526
def f5527(x):
    return x + 5527
def f5528(x):
    return x + 5528
def f5529(x):
    return x + 5529
def f5530(x):
    return x + 5530
def f5531(x):
    return x + 5531
def f5532(x):
    return x + 5532
def f5533(x):
    return x + 5533
def f5534(x):
    return x + 5534
def f5535(x):
    return x + 5535
def f5536(x):
    return x + 5536
def f5537(x):
    return x + 5537
def f5538(x):
    return x + 5538
def f5539(x):
    return x + 5539
def f5540(x):
    return x + 5540
def f5541(x):
    return x + 5541
def f5542(x):
    return x + 5542
def f5543(x):
    return x + 5543
def f5544(x):
    return x + 5544
def f5545(x):
    return x + 5545
def f5546(x):
    return x + 5546
def f5547(x):
    return x + 5547
def f5548(x):
    return x + 5548
def f5549(x):
    return x + 5549
def f5550(x):
    return x + 5550
def f5551(x):
    return x + 5551
def f5552(x):
    return x + 5552
def f5553(x):
    return x + 5553
def f5554(x):
    return x + 5554
def f5555(x):
    return x + 5555
def f5556(x):
    return x + 5556
def f5557(x):
    return x + 5557
def f5558(x):
    return x + 5558
def f5559(x):
    return x + 5559
def f5560(x):
    return x + 5560
def f5561(x):
    return x + 5561
def f5562(x):
    return x + 5562
def f5563(x):
    return x + 5563
def f5564(x):
    return x + 5564
def f5565(x):
    return x + 5565
def f5566(x):
    return x + 5566
def f5567(x):
    return x + 5567
def f5568(x):
    return x + 5568
def f5569(x):
    return x + 5569
def f5570(x):
    return x + 5570
def f5571(x):
    return x + 5571
def f5572(x):
    return x + 5572
def f5573(x):
    return x + 5573
def f5574(x):
    return x + 5574
def f5575(x):
    return x + 5575
def f5576(x):
    return x + 5576
def f5577(x):
    return x + 5577
def f5578(x):
    return x + 5578
def f5579(x):
    return x + 5579
def f5580(x):
    return x + 5580
def f5581(x):
    return x + 5581
def f5582(x):
    return x + 5582
def f5583(x):
    return x + 5583
def f5584(x):
    return x + 5584
def f5585(x):
    return x + 5585
def f5586(x):
    return x + 5586
def f5587(x):
    return x + 5587
def f5588(x):
    return x + 5588
def f5589(x):
    return x + 5589
def f5590(x):
    return x + 5590
def f5591(x):
    return x + 5591
def f5592(x):
    return x + 5592
def f5593(x):
    return x + 5593
def f5594(x):
    return x + 5594
def f5595(x):
    return x + 5595
def f5596(x):
    return x + 5596
def f5597(x):
    return x + 5597
def f5598(x):
    return x + 5598
def f5599(x):
    return x + 5599
def f5600(x):
    return x + 5600
def f5601(x):
    return x + 5601
def f5602(x):
    return x + 5602
def f5603(x):
    return x + 5603
def f5604(x):
    return x + 5604
def f5605(x):
    return x + 5605
def f5606(x):
    return x + 5606
def f5607(x):
    return x + 5607
def f5608(x):
    return x + 5608
def f5609(x):
    return x + 5609
def f5610(x):
    return x + 5610
def f5611(x):
    return x + 5611
def f5612(x):
    return x + 5612
def f5613(x):
    return x + 5613
def f5614(x):
    return x + 5614
def f5615(x):
    return x + 5615
def f5616(x):
    return x + 5616
def f5617(x):
    return x + 5617
def f5618(x):
    return x + 5618
def f5619(x):
    return x + 5619
def f5620(x):
    return x + 5620
def f5621(x):
    return x + 5621
def f5622(x):
    return x + 5622
def f5623(x):
    return x + 5623
def f5624(x):
    return x + 5624
def f5625(x):
    return x + 5625
def f5626(x):
    return x + 5626
def f5627(x):
    return x + 5627
def f5628(x):
    return x + 5628
def f5629(x):
    return x + 5629
def f5630(x):
    return x + 5630
def f5631(x):
    return x + 5631
def f5632(x):
    return x + 5632
def f5633(x):
    return x + 5633
def f5634(x):
    return x + 5634
def f5635(x):
    return x + 5635
def f5636(x):
    return x + 5636
def f5637(x):
    return x + 5637
def f5638(x):
    return x + 5638
def f5639(x):
    return x + 5639
def f5640(x):
    return x + 5640
def f5641(x):
    return x + 5641
def f5642(x):
    return x + 5642
def f5643(x):
    return x + 5643
def f5644(x):
    return x + 5644
def f5645(x):
    return x + 5645
def f5646(x):
    return x + 5646
def f5647(x):
    return x + 5647
def f5648(x):
    return x + 5648
def f5649(x):
    return x + 5649
def f5650(x):
    return x + 5650
def f5651(x):
    return x + 5651
def f5652(x):
    return x + 5652
def f5653(x):
    return x + 5653
def f5654(x):
    return x + 5654
def f5655(x):
    return x + 5655
def f5656(x):
    return x + 5656
def f5657(x):
    return x + 5657
def f5658(x):
    return x + 5658
def f5659(x):
    return x + 5659
def f5660(x):
    return x + 5660
def f5661(x):
    return x + 5661
def f5662(x):
    return x + 5662
def f5663(x):
    return x + 5663
def f5664(x):
    return x + 5664
def f5665(x):
    return x + 5665
def f5666(x):
    return x + 5666
def f5667(x):
    return x + 5667
def f5668(x):
    return x + 5668
def f5669(x):
    return x + 5669
def f5670(x):
    return x + 5670
def f5671(x):
    return x + 5671
def f5672(x):
    return x + 5672
def f5673(x):
    return x + 5673
def f5674(x):
    return x + 5674
def f5675(x):
    return x + 5675
def f5676(x):
    return x + 5676
def f5677(x):
    return x + 5677
def f5678(x):
    return x + 5678
def f5679(x):
    return x + 5679
def f5680(x):
    return x + 5680
def f5681(x):
    return x + 5681
def f5682(x):
    return x + 5682
def f5683(x):
    return x + 5683
def f5684(x):
    return x + 5684
def f5685(x):
    return x + 5685
def f5686(x):
    return x + 5686
def f5687(x):
    return x + 5687
def f5688(x):
    return x + 5688
def f5689(x):
    return x + 5689
def f5690(x):
    return x + 5690
def f5691(x):
    return x + 5691
def f5692(x):
    return x + 5692
def f5693(x):
    return x + 5693
def f5694(x):
    return x + 5694
def f5695(x):
    return x + 5695
def f5696(x):
    return x + 5696
def f5697(x):
    return x + 5697
def f5698(x):
    return x + 5698
def f5699(x):
    return x + 5699
def f5700(x):
    return x + 5700
def f5701(x):
    return x + 5701
def f5702(x):
    return x + 5702
def f5703(x):
    return x + 5703
def f5704(x):
    return x + 5704
def f5705(x):
    return x + 5705
def f5706(x):
    return x + 5706
def f5707(x):
    return x + 5707
def f5708(x):
    return x + 5708
def f5709(x):
    return x + 5709
def f5710(x):
    return x + 5710
def f5711(x):
    return x + 5711
def f5712(x):
    return x + 5712
def f5713(x):
    return x + 5713
def f5714(x):
    return x + 5714
def f5715(x):
    return x + 5715
def f5716(x):
    return x + 5716
def f5717(x):
    return x + 5717
def f5718(x):
    return x + 5718
def f5719(x):
    return x + 5719
def f5720(x):
    return x + 5720
def f5721(x):
    return x + 5721
def f5722(x):
    return x + 5722
def f5723(x):
    return x + 5723
def f5724(x):
    return x + 5724
def f5725(x):
    return x + 5725
def f5726(x):
    return x + 5726
def f5727(x):
    return x + 5727
def f5728(x):
    return x + 5728
def f5729(x):
    return x + 5729
def f5730(x):
    return x + 5730
def f5731(x):
    return x + 5731
def f5732(x):
    return x + 5732
def f5733(x):
    return x + 5733
def f5734(x):
    return x + 5734
def f5735(x):
    return x + 5735
def f5736(x):
    return x + 5736
def f5737(x):
    return x + 5737
def f5738(x):
    return x + 5738
def f5739(x):
    return x + 5739
def f5740(x):
    return x + 5740
def f5741(x):
    return x + 5741
def f5742(x):
    return x + 5742
def f5743(x):
    return x + 5743
def f5744(x):
    return x + 5744
def f5745(x):
    return x + 5745
def f5746(x):
    return x + 5746
def f5747(x):
    return x + 5747
def f5748(x):
    return x + 5748
def f5749(x):
    return x + 5749
def f5750(x):
    return x + 5750
def f5751(x):
    return x + 5751
def f5752(x):
    return x + 5752
def f5753(x):
    return x + 5753
def f5754(x):
    return x + 5754
def f5755(x):
    return x + 5755
def f5756(x):
    return x + 5756
def f5757(x):
    return x + 5757
def f5758(x):
    return x + 5758
def f5759(x):
    return x + 5759
def f5760(x):
    return x + 5760
def f5761(x):
    return x + 5761
def f5762(x):
    return x + 5762
def f5763(x):
    return x + 5763
def f5764(x):
    return x + 5764
def f5765(x):
    return x + 5765
def f5766(x):
    return x + 5766
def f5767(x):
    return x + 5767
def f5768(x):
    return x + 5768
def f5769(x):
    return x + 5769
def f5770(x):
    return x + 5770
def f5771(x):
    return x + 5771
def f5772(x):
    return x + 5772
def f5773(x):
    return x + 5773
def f5774(x):
    return x + 5774
def f5775(x):
    return x + 5775
def f5776(x):
    return x + 5776
def f5777(x):
    return x + 5777
def f5778(x):
    return x + 5778
def f5779(x):
    return x + 5779
def f5780(x):
    return x + 5780
def f5781(x):
    return x + 5781
def f5782(x):
    return x + 5782
def f5783(x):
    return x + 5783
def f5784(x):
    return x + 5784
def f5785(x):
    return x + 5785
def f5786(x):
    return x + 5786
def f5787(x):
    return x + 5787
def f5788(x):
    return x + 5788
def f5789(x):
    return x + 5789
def f5790(x):
    return x + 5790
def f5791(x):
    return x + 5791
def f5792(x):
    return x + 5792
def f5793(x):
    return x + 5793
def f5794(x):
    return x + 5794
def f5795(x):
    return x + 5795
def f5796(x):
    return x + 5796
def f5797(x):
    return x + 5797
def f5798(x):
    return x + 5798
def f5799(x):
    return x + 5799
def f5800(x):
    return x + 5800
def f5801(x):
    return x + 5801
def f5802(x):
    return x + 5802
def f5803(x):
    return x + 5803
def f5804(x):
    return x + 5804
def f5805(x):
    return x + 5805
def f5806(x):
    return x + 5806
def f5807(x):
    return x + 5807
def f5808(x):
    return x + 5808
def f5809(x):
    return x + 5809
def f5810(x):
    return x + 5810
def f5811(x):
    return x + 5811
def f5812(x):
    return x + 5812
def f5813(x):
    return x + 5813
def f5814(x):
    return x + 5814
def f5815(x):
    return x + 5815
def f5816(x):
    return x + 5816
def f5817(x):
    return x + 5817
def f5818(x):
    return x + 5818
def f5819(x):
    return x + 5819
def f5820(x):
    return x + 5820
def f5821(x):
    return x + 5821
def f5822(x):
    return x + 5822
def f5823(x):
    return x + 5823
def f5824(x):
    return x + 5824
def f5825(x):
    return x + 5825
def f5826(x):
    return x + 5826
def f5827(x):
    return x + 5827
def f5828(x):
    return x + 5828
def f5829(x):
    return x + 5829
def f5830(x):
    return x + 5830
def f5831(x):
    return x + 5831
def f5832(x):
    return x + 5832
def f5833(x):
    return x + 5833
def f5834(x):
    return x + 5834
def f5835(x):
    return x + 5835
def f5836(x):
    return x + 5836
def f5837(x):
    return x + 5837
def f5838(x):
    return x + 5838
def f5839(x):
    return x + 5839
def f5840(x):
    return x + 5840
def f5841(x):
    return x + 5841
def f5842(x):
    return x + 5842
def f5843(x):
    return x + 5843
def f5844(x):
    return x + 5844
def f5845(x):
    return x + 5845
def f5846(x):
    return x + 5846
def f5847(x):
    return x + 5847
def f5848(x):
    return x + 5848
def f5849(x):
    return x + 5849
def f5850(x):
    return x + 5850
def f5851(x):
    return x + 5851
def f5852(x):
    return x + 5852
def f5853(x):
    return x + 5853
def f5854(x):
    return x + 5854
def f5855(x):
    return x + 5855
def f5856(x):
    return x + 5856
def f5857(x):
    return x + 5857
def f5858(x):
    return x + 5858
def f5859(x):
    return x + 5859
def f5860(x):
    return x + 5860
def f5861(x):
    return x + 5861
def f5862(x):
    return x + 5862
def f5863(x):
    return x + 5863
def f5864(x):
    return x + 5864
def f5865(x):
    return x + 5865
def f5866(x):
    return x + 5866
def f5867(x):
    return x + 5867
def f5868(x):
    return x + 5868
def f5869(x):
    return x + 5869
def f5870(x):
    return x + 5870
def f5871(x):
    return x + 5871
def f5872(x):
    return x + 5872
def f5873(x):
    return x + 5873
def f5874(x):
    return x + 5874
def f5875(x):
    return x + 5875
def f5876(x):
    return x + 5876
def f5877(x):
    return x + 5877
def f5878(x):
    return x + 5878
def f5879(x):
    return x + 5879
def f5880(x):
    return x + 5880
def f5881(x):
    return x + 5881
def f5882(x):
    return x + 5882
def f5883(x):
    return x + 5883
def f5884(x):
    return x + 5884
def f5885(x):
    return x + 5885
def f5886(x):
    return x + 5886
def f5887(x):
    return x + 5887
def f5888(x):
    return x + 5888
def f5889(x):
    return x + 5889
def f5890(x):
    return x + 5890
def f5891(x):
    return x + 5891
def f5892(x):
    return x + 5892
def f5893(x):
    return x + 5893
def f5894(x):
    return x + 5894
def f5895(x):
    return x + 5895
def f5896(x):
    return x + 5896
def f5897(x):
    return x + 5897
def f5898(x):
    return x + 5898
def f5899(x):
    return x + 5899
def f5900(x):
    return x + 5900
def f5901(x):
    return x + 5901
def f5902(x):
    return x + 5902
def f5903(x):
    return x + 5903
def f5904(x):
    return x + 5904
def f5905(x):
    return x + 5905
def f5906(x):
    return x + 5906
def f5907(x):
    return x + 5907
def f5908(x):
    return x + 5908
def f5909(x):
    return x + 5909
def f5910(x):
    return x + 5910
def f5911(x):
    return x + 5911
def f5912(x):
    return x + 5912
def f5913(x):
    return x + 5913
def f5914(x):
    return x + 5914
def f5915(x):
    return x + 5915
def f5916(x):
    return x + 5916
def f5917(x):
    return x + 5917
def f5918(x):
    return x + 5918
def f5919(x):
    return x + 5919
def f5920(x):
    return x + 5920
def f5921(x):
    return x + 5921
def f5922(x):
    return x + 5922
def f5923(x):
    return x + 5923
def f5924(x):
    return x + 5924
def f5925(x):
    return x + 5925
def f5926(x):
    return x + 5926
def f5927(x):
    return x + 5927
def f5928(x):
    return x + 5928
def f5929(x):
    return x + 5929
def f5930(x):
    return x + 5930
def f5931(x):
    return x + 5931
def f5932(x):
    return x + 5932
def f5933(x):
    return x + 5933
def f5934(x):
    return x + 5934
def f5935(x):
    return x + 5935
def f5936(x):
    return x + 5936
def f5937(x):
    return x + 5937
def f5938(x):
    return x + 5938
def f5939(x):
    return x + 5939
def f5940(x):
    return x + 5940
def f5941(x):
    return x + 5941
def f5942(x):
    return x + 5942
def f5943(x):
    return x + 5943
def f5944(x):
    return x + 5944
def f5945(x):
    return x + 5945
def f5946(x):
    return x + 5946
def f5947(x):
    return x + 5947
def f5948(x):
    return x + 5948
def f5949(x):
    return x + 5949
def f5950(x):
    return x + 5950
def f5951(x):
    return x + 5951
def f5952(x):
    return x + 5952
def f5953(x):
    return x + 5953
def f5954(x):
    return x + 5954
def f5955(x):
    return x + 5955
def f5956(x):
    return x + 5956
def f5957(x):
    return x + 5957
def f5958(x):
    return x + 5958
def f5959(x):
    return x + 5959
def f5960(x):
    return x + 5960
def f5961(x):
    return x + 5961
def f5962(x):
    return x + 5962
def f5963(x):
    return x + 5963
def f5964(x):
    return x + 5964
def f5965(x):
    return x + 5965
def f5966(x):
    return x + 5966
def f5967(x):
    return x + 5967
def f5968(x):
    return x + 5968
def f5969(x):
    return x + 5969
def f5970(x):
    return x + 5970
def f5971(x):
    return x + 5971
def f5972(x):
    return x + 5972
def f5973(x):
    return x + 5973
def f5974(x):
    return x + 5974
def f5975(x):
    return x + 5975
def f5976(x):
    return x + 5976
def f5977(x):
    return x + 5977
def f5978(x):
    return x + 5978
def f5979(x):
    return x + 5979
def f5980(x):
    return x + 5980
def f5981(x):
    return x + 5981
def f5982(x):
    return x + 5982
def f5983(x):
    return x + 5983
def f5984(x):
    return x + 5984
def f5985(x):
    return x + 5985
def f5986(x):
    return x + 5986
def f5987(x):
    return x + 5987
def f5988(x):
    return x + 5988
def f5989(x):
    return x + 5989
def f5990(x):
    return x + 5990
def f5991(x):
    return x + 5991
def f5992(x):
    return x + 5992
def f5993(x):
    return x + 5993
def f5994(x):
    return x + 5994
def f5995(x):
    return x + 5995
def f5996(x):
    return x + 5996
def f5997(x):
    return x + 5997
def f5998(x):
    return x + 5998
def f5999(x):
    return x + 5999
def f6000(x):
    return x + 6000
def f6001(x):
    return x + 6001
def f6002(x):
    return x + 6002
def f6003(x):
    return x + 6003
def f6004(x):
    return x + 6004
def f6005(x):
    return x + 6005
def f6006(x):
    return x + 6006
def f6007(x):
    return x + 6007
def f6008(x):
    return x + 6008
def f6009(x):
    return x + 6009
def f6010(x):
    return x + 6010
def f6011(x):
    return x + 6011
def f6012(x):
    return x + 6012
def f6013(x):
    return x + 6013
def f6014(x):
    return x + 6014
def f6015(x):
    return x + 6015
def f6016(x):
    return x + 6016
def f6017(x):
    return x + 6017
def f6018(x):
    return x + 6018
def f6019(x):
    return x + 6019
def f6020(x):
    return x + 6020
def f6021(x):
    return x + 6021
def f6022(x):
    return x + 6022
def f6023(x):
    return x + 6023
def f6024(x):
    return x + 6024
def f6025(x):
    return x + 6025
def f6026(x):
    return x + 6026
def f6027(x):
    return x + 6027
def f6028(x):
    return x + 6028
def f6029(x):
    return x + 6029
def f6030(x):
    return x + 6030
def f6031(x):
    return x + 6031
def f6032(x):
    return x + 6032
def f6033(x):
    return x + 6033
def f6034(x):
    return x + 6034
def f6035(x):
    return x + 6035
def f6036(x):
    return x + 6036
def f6037(x):
    return x + 6037
def f6038(x):
    return x + 6038
def f6039(x):
    return x + 6039
def f6040(x):
    return x + 6040
def f6041(x):
    return x + 6041
def f6042(x):
    return x + 6042
def f6043(x):
    return x + 6043
def f6044(x):
    return x + 6044
def f6045(x):
    return x + 6045
def f6046(x):
    return x + 6046
def f6047(x):
    return x + 6047
def f6048(x):
    return x + 6048
def f6049(x):
    return x + 6049
def f6050(x):
    return x + 6050
def f6051(x):
    return x + 6051
def f6052(x):
    return x + 6052
def f6053(x):
    return x + 6053
def f6054(x):
    return x + 6054
def f6055(x):
    return x + 6055
def f6056(x):
    return x + 6056
def f6057(x):
    return x + 6057
def f6058(x):
    return x + 6058
def f6059(x):
    return x + 6059
def f6060(x):
    return x + 6060
def f6061(x):
    return x + 6061
def f6062(x):
    return x + 6062
def f6063(x):
    return x + 6063
def f6064(x):
    return x + 6064
def f6065(x):
    return x + 6065
def f6066(x):
    return x + 6066
def f6067(x):
    return x + 6067
def f6068(x):
    return x + 6068
def f6069(x):
    return x + 6069
def f6070(x):
    return x + 6070
def f6071(x):
    return x + 6071
def f6072(x):
    return x + 6072
def f6073(x):
    return x + 6073
def f6074(x):
    return x + 6074
def f6075(x):
    return x + 6075
def f6076(x):
    return x + 6076
def f6077(x):
    return x + 6077
def f6078(x):
    return x + 6078
def f6079(x):
    return x + 6079
def f6080(x):
    return x + 6080
def f6081(x):
    return x + 6081
def f6082(x):
    return x + 6082
def f6083(x):
    return x + 6083
def f6084(x):
    return x + 6084
def f6085(x):
    return x + 6085
def f6086(x):
    return x + 6086
def f6087(x):
    return x + 6087
def f6088(x):
    return x + 6088
def f6089(x):
    return x + 6089
def f6090(x):
    return x + 6090
def f6091(x):
    return x + 6091
def f6092(x):
    return x + 6092
def f6093(x):
    return x + 6093
def f6094(x):
    return x + 6094
def f6095(x):
    return x + 6095
def f6096(x):
    return x + 6096
def f6097(x):
    return x + 6097
def f6098(x):
    return x + 6098
def f6099(x):
    return x + 6099
def f6100(x):
    return x + 6100
def f6101(x):
    return x + 6101
def f6102(x):
    return x + 6102
def f6103(x):
    return x + 6103
def f6104(x):
    return x + 6104
def f6105(x):
    return x + 6105
def f6106(x):
    return x + 6106
def f6107(x):
    return x + 6107
def f6108(x):
    return x + 6108
def f6109(x):
    return x + 6109
def f6110(x):
    return x + 6110
def f6111(x):
    return x + 6111
def f6112(x):
    return x + 6112
def f6113(x):
    return x + 6113
def f6114(x):
    return x + 6114
def f6115(x):
    return x + 6115
def f6116(x):
    return x + 6116
def f6117(x):
    return x + 6117
def f6118(x):
    return x + 6118
def f6119(x):
    return x + 6119
def f6120(x):
    return x + 6120
def f6121(x):
    return x + 6121
def f6122(x):
    return x + 6122
def f6123(x):
    return x + 6123
def f6124(x):
    return x + 6124
def f6125(x):
    return x + 6125
def f6126(x):
    return x + 6126
def f6127(x):
    return x + 6127
def f6128(x):
    return x + 6128
def f6129(x):
    return x + 6129
def f6130(x):
    return x + 6130
def f6131(x):
    return x + 6131
def f6132(x):
    return x + 6132
def f6133(x):
    return x + 6133
def f6134(x):
    return x + 6134
def f6135(x):
    return x + 6135
def f6136(x):
    return x + 6136
def f6137(x):
    return x + 6137
def f6138(x):
    return x + 6138
def f6139(x):
    return x + 6139
def f6140(x):
    return x + 6140
def f6141(x):
    return x + 6141
def f6142(x):
    return x + 6142
def f6143(x):
    return x + 6143
def f6144(x):
    return x + 6144
def f6145(x):
    return x + 6145
def f6146(x):
    return x + 6146
def f6147(x):
    return x + 6147
def f6148(x):
    return x + 6148
def f6149(x):
    return x + 6149
def f6150(x):
    return x + 6150
def f6151(x):
    return x + 6151
def f6152(x):
    return x + 6152
def f6153(x):
    return x + 6153
def f6154(x):
    return x + 6154
def f6155(x):
    return x + 6155
def f6156(x):
    return x + 6156
def f6157(x):
    return x + 6157
def f6158(x):
    return x + 6158
def f6159(x):
    return x + 6159
def f6160(x):
    return x + 6160
def f6161(x):
    return x + 6161
def f6162(x):
    return x + 6162
def f6163(x):
    return x + 6163
def f6164(x):
    return x + 6164
def f6165(x):
    return x + 6165
def f6166(x):
    return x + 6166
def f6167(x):
    return x + 6167
def f6168(x):
    return x + 6168
def f6169(x):
    return x + 6169
def f6170(x):
    return x + 6170
def f6171(x):
    return x + 6171
def f6172(x):
    return x + 6172
def f6173(x):
    return x + 6173
def f6174(x):
    return x + 6174
def f6175(x):
    return x + 6175
def f6176(x):
    return x + 6176
def f6177(x):
    return x + 6177
def f6178(x):
    return x + 6178
def f6179(x):
    return x + 6179
def f6180(x):
    return x + 6180
def f6181(x):
    return x + 6181
def f6182(x):
    return x + 6182
def f6183(x):
    return x + 6183
def f6184(x):
    return x + 6184
def f6185(x):
    return x + 6185
def f6186(x):
    return x + 6186
def f6187(x):
    return x + 6187
def f6188(x):
    return x + 6188
def f6189(x):
    return x + 6189
def f6190(x):
    return x + 6190
def f6191(x):
    return x + 6191
def f6192(x):
    return x + 6192
def f6193(x):
    return x + 6193
def f6194(x):
    return x + 6194
def f6195(x):
    return x + 6195
def f6196(x):
    return x + 6196
def f6197(x):
    return x + 6197
def f6198(x):
    return x + 6198
def f6199(x):
    return x + 6199
def f6200(x):
    return x + 6200
def f6201(x):
    return x + 6201
def f6202(x):
    return x + 6202
def f6203(x):
    return x + 6203
def f6204(x):
    return x + 6204
def f6205(x):
    return x + 6205
def f6206(x):
    return x + 6206
def f6207(x):
    return x + 6207
def f6208(x):
    return x + 6208
def f6209(x):
    return x + 6209
def f6210(x):
    return x + 6210
def f6211(x):
    return x + 6211
def f6212(x):
    return x + 6212
def f6213(x):
    return x + 6213
def f6214(x):
    return x + 6214
def f6215(x):
    return x + 6215
def f6216(x):
    return x + 6216
def f6217(x):
    return x + 6217
def f6218(x):
    return x + 6218
def f6219(x):
    return x + 6219
def f6220(x):
    return x + 6220
def f6221(x):
    return x + 6221
def f6222(x):
    return x + 6222
def f6223(x):
    return x + 6223
def f6224(x):
    return x + 6224
def f6225(x):
    return x + 6225
def f6226(x):
    return x + 6226
def f6227(x):
    return x + 6227
def f6228(x):
    return x + 6228
def f6229(x):
    return x + 6229
def f6230(x):
    return x + 6230
def f6231(x):
    return x + 6231
def f6232(x):
    return x + 6232
def f6233(x):
    return x + 6233
def f6234(x):
    return x + 6234
def f6235(x):
    return x + 6235
def f6236(x):
    return x + 6236
def f6237(x):
    return x + 6237
def f6238(x):
    return x + 6238
def f6239(x):
    return x + 6239
def f6240(x):
    return x + 6240
def f6241(x):
    return x + 6241
def f6242(x):
    return x + 6242
def f6243(x):
    return x + 6243
def f6244(x):
    return x + 6244
def f6245(x):
    return x + 6245
def f6246(x):
    return x + 6246
def f6247(x):
    return x + 6247
def f6248(x):
    return x + 6248
def f6249(x):
    return x + 6249
def f6250(x):
    return x + 6250
def f6251(x):
    return x + 6251
def f6252(x):
    return x + 6252
def f6253(x):
    return x + 6253
def f6254(x):
    return x + 6254
def f6255(x):
    return x + 6255
def f6256(x):
    return x + 6256
def f6257(x):
    return x + 6257
def f6258(x):
    return x + 6258
def f6259(x):
    return x + 6259
def f6260(x):
    return x + 6260
def f6261(x):
    return x + 6261
def f6262(x):
    return x + 6262
def f6263(x):
    return x + 6263
def f6264(x):
    return x + 6264
def f6265(x):
    return x + 6265
def f6266(x):
    return x + 6266
def f6267(x):
    return x + 6267
def f6268(x):
    return x + 6268
def f6269(x):
    return x + 6269
def f6270(x):
    return x + 6270
def f6271(x):
    return x + 6271
def f6272(x):
    return x + 6272
def f6273(x):
    return x + 6273
def f6274(x):
    return x + 6274
def f6275(x):
    return x + 6275
def f6276(x):
    return x + 6276
def f6277(x):
    return x + 6277
def f6278(x):
    return x + 6278
def f6279(x):
    return x + 6279
def f6280(x):
    return x + 6280
def f6281(x):
    return x + 6281
def f6282(x):
    return x + 6282
def f6283(x):
    return x + 6283
def f6284(x):
    return x + 6284
def f6285(x):
    return x + 6285
def f6286(x):
    return x + 6286
def f6287(x):
    return x + 6287
def f6288(x):
    return x + 6288
def f6289(x):
    return x + 6289
def f6290(x):
    return x + 6290
def f6291(x):
    return x + 6291
def f6292(x):
    return x + 6292
def f6293(x):
    return x + 6293
def f6294(x):
    return x + 6294
def f6295(x):
    return x + 6295
def f6296(x):
    return x + 6296
def f6297(x):
    return x + 6297
def f6298(x):
    return x + 6298
def f6299(x):
    return x + 6299
def f6300(x):
    return x + 6300
def f6301(x):
    return x + 6301
def f6302(x):
    return x + 6302
def f6303(x):
    return x + 6303
def f6304(x):
    return x + 6304
def f6305(x):
    return x + 6305
def f6306(x):
    return x + 6306
def f6307(x):
    return x + 6307
def f6308(x):
    return x + 6308
def f6309(x):
    return x + 6309
def f6310(x):
    return x + 6310
def f6311(x):
    return x + 6311
def f6312(x):
    return x + 6312
def f6313(x):
    return x + 6313
def f6314(x):
    return x + 6314
def f6315(x):
    return x + 6315
def f6316(x):
    return x + 6316
def f6317(x):
    return x + 6317
def f6318(x):
    return x + 6318
def f6319(x):
    return x + 6319
def f6320(x):
    return x + 6320
def f6321(x):
    return x + 6321
def f6322(x):
    return x + 6322
def f6323(x):
    return x + 6323
def f6324(x):
    return x + 6324
def f6325(x):
    return x + 6325
def f6326(x):
    return x + 6326
def f6327(x):
    return x + 6327
def f6328(x):
    return x + 6328
def f6329(x):
    return x + 6329
def f6330(x):
    return x + 6330
def f6331(x):
    return x + 6331
def f6332(x):
    return x + 6332
def f6333(x):
    return x + 6333
def f6334(x):
    return x + 6334
def f6335(x):
    return x + 6335
def f6336(x):
    return x + 6336
def f6337(x):
    return x + 6337
def f6338(x):
    return x + 6338
def f6339(x):
    return x + 6339
def f6340(x):
    return x + 6340
def f6341(x):
    return x + 6341
def f6342(x):
    return x + 6342
def f6343(x):
    return x + 6343
def f6344(x):
    return x + 6344
def f6345(x):
    return x + 6345
def f6346(x):
    return x + 6346
def f6347(x):
    return x + 6347
def f6348(x):
    return x + 6348
def f6349(x):
    return x + 6349
def f6350(x):
    return x + 6350
def f6351(x):
    return x + 6351
def f6352(x):
    return x + 6352
def f6353(x):
    return x + 6353
def f6354(x):
    return x + 6354
def f6355(x):
    return x + 6355
def f6356(x):
    return x + 6356
def f6357(x):
    return x + 6357
def f6358(x):
    return x + 6358
def f6359(x):
    return x + 6359
def f6360(x):
    return x + 6360
def f6361(x):
    return x + 6361
def f6362(x):
    return x + 6362
def f6363(x):
    return x + 6363
def f6364(x):
    return x + 6364
def f6365(x):
    return x + 6365
def f6366(x):
    return x + 6366
def f6367(x):
    return x + 6367
def f6368(x):
    return x + 6368
def f6369(x):
    return x + 6369
def f6370(x):
    return x + 6370
def f6371(x):
    return x + 6371
def f6372(x):
    return x + 6372
def f6373(x):
    return x + 6373
def f6374(x):
    return x + 6374
def f6375(x):
    return x + 6375
def f6376(x):
    return x + 6376
def f6377(x):
    return x + 6377
def f6378(x):
    return x + 6378
def f6379(x):
    return x + 6379
def f6380(x):
    return x + 6380
def f6381(x):
    return x + 6381
def f6382(x):
    return x + 6382
def f6383(x):
    return x + 6383
def f6384(x):
    return x + 6384
def f6385(x):
    return x + 6385
def f6386(x):
    return x + 6386
def f6387(x):
    return x + 6387
def f6388(x):
    return x + 6388
def f6389(x):
    return x + 6389
def f6390(x):
    return x + 6390
def f6391(x):
    return x + 6391
def f6392(x):
    return x + 6392
def f6393(x):
    return x + 6393
def f6394(x):
    return x + 6394
def f6395(x):
    return x + 6395
def f6396(x):
    return x + 6396
def f6397(x):
    return x + 6397
def f6398(x):
    return x + 6398
def f6399(x):
    return x + 6399
def f6400(x):
    return x + 6400
def f6401(x):
    return x + 6401
def f6402(x):
    return x + 6402
def f6403(x):
    return x + 6403
def f6404(x):
    return x + 6404
def f6405(x):
    return x + 6405
def f6406(x):
    return x + 6406
def f6407(x):
    return x + 6407
def f6408(x):
    return x + 6408
def f6409(x):
    return x + 6409
def f6410(x):
    return x + 6410
def f6411(x):
    return x + 6411
def f6412(x):
    return x + 6412
def f6413(x):
    return x + 6413
def f6414(x):
    return x + 6414
def f6415(x):
    return x + 6415
def f6416(x):
    return x + 6416
def f6417(x):
    return x + 6417
def f6418(x):
    return x + 6418
def f6419(x):
    return x + 6419
def f6420(x):
    return x + 6420
def f6421(x):
    return x + 6421
def f6422(x):
    return x + 6422
def f6423(x):
    return x + 6423
def f6424(x):
    return x + 6424
def f6425(x):
    return x + 6425
def f6426(x):
    return x + 6426
def f6427(x):
    return x + 6427
def f6428(x):
    return x + 6428
def f6429(x):
    return x + 6429
def f6430(x):
    return x + 6430
def f6431(x):
    return x + 6431
def f6432(x):
    return x + 6432
def f6433(x):
    return x + 6433
def f6434(x):
    return x + 6434
def f6435(x):
    return x + 6435
def f6436(x):
    return x + 6436
def f6437(x):
    return x + 6437
def f6438(x):
    return x + 6438
def f6439(x):
    return x + 6439
def f6440(x):
    return x + 6440
def f6441(x):
    return x + 6441
def f6442(x):
    return x + 6442
def f6443(x):
    return x + 6443
def f6444(x):
    return x + 6444
def f6445(x):
    return x + 6445
def f6446(x):
    return x + 6446
def f6447(x):
    return x + 6447
def f6448(x):
    return x + 6448
def f6449(x):
    return x + 6449
def f6450(x):
    return x + 6450
def f6451(x):
    return x + 6451
def f6452(x):
    return x + 6452
def f6453(x):
    return x + 6453
def f6454(x):
    return x + 6454
def f6455(x):
    return x + 6455
def f6456(x):
    return x + 6456
def f6457(x):
    return x + 6457
def f6458(x):
    return x + 6458
def f6459(x):
    return x + 6459
def f6460(x):
    return x + 6460
def f6461(x):
    return x + 6461
def f6462(x):
    return x + 6462
def f6463(x):
    return x + 6463
def f6464(x):
    return x + 6464
def f6465(x):
    return x + 6465
def f6466(x):
    return x + 6466
def f6467(x):
    return x + 6467
def f6468(x):
    return x + 6468
def f6469(x):
    return x + 6469
def f6470(x):
    return x + 6470
def f6471(x):
    return x + 6471
def f6472(x):
    return x + 6472
def f6473(x):
    return x + 6473
def f6474(x):
    return x + 6474
def f6475(x):
    return x + 6475
def f6476(x):
    return x + 6476
def f6477(x):
    return x + 6477
def f6478(x):
    return x + 6478
def f6479(x):
    return x + 6479
def f6480(x):
    return x + 6480
def f6481(x):
    return x + 6481
def f6482(x):
    return x + 6482
def f6483(x):
    return x + 6483
def f6484(x):
    return x + 6484
def f6485(x):
    return x + 6485
def f6486(x):
    return x + 6486
def f6487(x):
    return x + 6487
def f6488(x):
    return x + 6488
def f6489(x):
    return x + 6489
def f6490(x):
    return x + 6490
def f6491(x):
    return x + 6491
def f6492(x):
    return x + 6492
def f6493(x):
    return x + 6493
def f6494(x):
    return x + 6494
def f6495(x):
    return x + 6495
def f6496(x):
    return x + 6496
def f6497(x):
    return x + 6497
def f6498(x):
    return x + 6498
def f6499(x):
    return x + 6499
def f6500(x):
    return x + 6500
def f6501(x):
    return x + 6501
def f6502(x):
    return x + 6502
def f6503(x):
    return x + 6503
def f6504(x):
    return x + 6504
def f6505(x):
    return x + 6505
def f6506(x):
    return x + 6506
def f6507(x):
    return x + 6507
def f6508(x):
    return x + 6508
def f6509(x):
    return x + 6509
def f6510(x):
    return x + 6510
def f6511(x):
    return x + 6511
def f6512(x):
    return x + 6512
def f6513(x):
    return x + 6513
def f6514(x):
    return x + 6514
def f6515(x):
    return x + 6515
def f6516(x):
    return x + 6516
def f6517(x):
    return x + 6517
def f6518(x):
    return x + 6518
def f6519(x):
    return x + 6519
def f6520(x):
    return x + 6520
def f6521(x):
    return x + 6521
def f6522(x):
    return x + 6522
def f6523(x):
    return x + 6523
def f6524(x):
    return x + 6524
def f6525(x):
    return x + 6525
def f6526(x):
    return x + 6526
def f6527(x):
    return x + 6527
def f6528(x):
    return x + 6528
def f6529(x):
    return x + 6529
def f6530(x):
    return x + 6530
def f6531(x):
    return x + 6531
def f6532(x):
    return x + 6532
def f6533(x):
    return x + 6533
def f6534(x):
    return x + 6534
def f6535(x):
    return x + 6535
def f6536(x):
    return x + 6536
def f6537(x):
    return x + 6537
def f6538(x):
    return x + 6538
def f6539(x):
    return x + 6539
def f6540(x):
    return x + 6540
def f6541(x):
    return x + 6541
def f6542(x):
    return x + 6542
def f6543(x):
    return x + 6543
def f6544(x):
    return x + 6544
def f6545(x):
    return x + 6545
def f6546(x):
    return x + 6546
def f6547(x):
    return x + 6547
def f6548(x):
    return x + 6548
def f6549(x):
    return x + 6549
def f6550(x):
    return x + 6550
def f6551(x):
    return x + 6551
def f6552(x):
    return x + 6552
def f6553(x):
    return x + 6553
def f6554(x):
    return x + 6554
def f6555(x):
    return x + 6555
def f6556(x):
    return x + 6556
def f6557(x):
    return x + 6557
def f6558(x):
    return x + 6558
def f6559(x):
    return x + 6559
def f6560(x):
    return x + 6560
def f6561(x):
    return x + 6561
def f6562(x):
    return x + 6562
def f6563(x):
    return x + 6563
def f6564(x):
    return x + 6564
def f6565(x):
    return x + 6565
def f6566(x):
    return x + 6566
def f6567(x):
    return x + 6567
def f6568(x):
    return x + 6568
def f6569(x):
    return x + 6569
def f6570(x):
    return x + 6570
def f6571(x):
    return x + 6571
def f6572(x):
    return x + 6572
def f6573(x):
    return x + 6573
def f6574(x):
    return x + 6574
def f6575(x):
    return x + 6575
def f6576(x):
    return x + 6576
def f6577(x):
    return x + 6577
def f6578(x):
    return x + 6578
def f6579(x):
    return x + 6579
def f6580(x):
    return x + 6580
def f6581(x):
    return x + 6581
def f6582(x):
    return x + 6582
def f6583(x):
    return x + 6583
def f6584(x):
    return x + 6584
def f6585(x):
    return x + 6585
def f6586(x):
    return x + 6586
def f6587(x):
    return x + 6587
def f6588(x):
    return x + 6588
def f6589(x):
    return x + 6589
def f6590(x):
    return x + 6590
def f6591(x):
    return x + 6591
def f6592(x):
    return x + 6592
def f6593(x):
    return x + 6593
def f6594(x):
    return x + 6594
def f6595(x):
    return x + 6595
def f6596(x):
    return x + 6596
def f6597(x):
    return x + 6597
def f6598(x):
    return x + 6598
def f6599(x):
    return x + 6599
def f6600(x):
    return x + 6600
def f6601(x):
    return x + 6601
def f6602(x):
    return x + 6602
def f6603(x):
    return x + 6603
def f6604(x):
    return x + 6604
def f6605(x):
    return x + 6605
def f6606(x):
    return x + 6606
def f6607(x):
    return x + 6607
def f6608(x):
    return x + 6608
def f6609(x):
    return x + 6609
def f6610(x):
    return x + 6610
def f6611(x):
    return x + 6611
def f6612(x):
    return x + 6612
def f6613(x):
    return x + 6613
def f6614(x):
    return x + 6614
def f6615(x):
    return x + 6615
def f6616(x):
    return x + 6616
def f6617(x):
    return x + 6617
def f6618(x):
    return x + 6618
def f6619(x):
    return x + 6619
def f6620(x):
    return x + 6620
def f6621(x):
    return x + 6621
def f6622(x):
    return x + 6622
def f6623(x):
    return x + 6623
def f6624(x):
    return x + 6624
def f6625(x):
    return x + 6625
def f6626(x):
    return x + 6626
def f6627(x):
    return x + 6627
def f6628(x):
    return x + 6628
def f6629(x):
    return x + 6629
def f6630(x):
    return x + 6630
def f6631(x):
    return x + 6631
def f6632(x):
    return x + 6632
def f6633(x):
    return x + 6633
def f6634(x):
    return x + 6634
def f6635(x):
    return x + 6635
def f6636(x):
    return x + 6636
def f6637(x):
    return x + 6637
def f6638(x):
    return x + 6638
def f6639(x):
    return x + 6639
def f6640(x):
    return x + 6640
def f6641(x):
    return x + 6641
def f6642(x):
    return x + 6642
def f6643(x):
    return x + 6643
def f6644(x):
    return x + 6644
def f6645(x):
    return x + 6645
def f6646(x):
    return x + 6646
def f6647(x):
    return x + 6647
def f6648(x):
    return x + 6648
def f6649(x):
    return x + 6649
def f6650(x):
    return x + 6650
def f6651(x):
    return x + 6651
def f6652(x):
    return x + 6652
def f6653(x):
    return x + 6653
def f6654(x):
    return x + 6654
def f6655(x):
    return x + 6655
def f6656(x):
    return x + 6656
def f6657(x):
    return x + 6657
def f6658(x):
    return x + 6658
def f6659(x):
    return x + 6659
def f6660(x):
    return x + 6660
def f6661(x):
    return x + 6661
def f6662(x):
    return x + 6662
def f6663(x):
    return x + 6663
def f6664(x):
    return x + 6664
def f6665(x):
    return x + 6665
def f6666(x):
    return x + 6666
def f6667(x):
    return x + 6667
def f6668(x):
    return x + 6668
def f6669(x):
    return x + 6669
def f6670(x):
    return x + 6670
def f6671(x):
    return x + 6671
def f6672(x):
    return x + 6672
def f6673(x):
    return x + 6673
def f6674(x):
    return x + 6674
def f6675(x):
    return x + 6675
def f6676(x):
    return x + 6676
def f6677(x):
    return x + 6677
def f6678(x):
    return x + 6678
def f6679(x):
    return x + 6679
def f6680(x):
    return x + 6680
def f6681(x):
    return x + 6681
def f6682(x):
    return x + 6682
def f6683(x):
    return x + 6683
def f6684(x):
    return x + 6684
def f6685(x):
    return x + 6685
def f6686(x):
    return x + 6686
def f6687(x):
    return x + 6687
def f6688(x):
    return x + 6688
def f6689(x):
    return x + 6689
def f6690(x):
    return x + 6690
def f6691(x):
    return x + 6691
def f6692(x):
    return x + 6692
def f6693(x):
    return x + 6693
def f6694(x):
    return x + 6694
def f6695(x):
    return x + 6695
def f6696(x):
    return x + 6696
def f6697(x):
    return x + 6697
def f6698(x):
    return x + 6698
def f6699(x):
    return x + 6699
def f6700(x):
    return x + 6700
def f6701(x):
    return x + 6701
def f6702(x):
    return x + 6702
def f6703(x):
    return x + 6703
def f6704(x):
    return x + 6704
def f6705(x):
    return x + 6705
def f6706(x):
    return x + 6706
def f6707(x):
    return x + 6707
def f6708(x):
    return x + 6708
def f6709(x):
    return x + 6709
def f6710(x):
    return x + 6710
def f6711(x):
    return x + 6711
def f6712(x):
    return x + 6712
def f6713(x):
    return x + 6713
def f6714(x):
    return x + 6714
def f6715(x):
    return x + 6715
def f6716(x):
    return x + 6716
def f6717(x):
    return x + 6717
def f6718(x):
    return x + 6718
def f6719(x):
    return x + 6719
def f6720(x):
    return x + 6720
def f6721(x):
    return x + 6721
def f6722(x):
    return x + 6722
def f6723(x):
    return x + 6723
def f6724(x):
    return x + 6724
def f6725(x):
    return x + 6725
def f6726(x):
    return x + 6726
def f6727(x):
    return x + 6727
def f6728(x):
    return x + 6728
def f6729(x):
    return x + 6729
def f6730(x):
    return x + 6730
def f6731(x):
    return x + 6731
def f6732(x):
    return x + 6732
def f6733(x):
    return x + 6733
def f6734(x):
    return x + 6734
def f6735(x):
    return x + 6735
def f6736(x):
    return x + 6736
def f6737(x):
    return x + 6737
def f6738(x):
    return x + 6738
def f6739(x):
    return x + 6739
def f6740(x):
    return x + 6740
def f6741(x):
    return x + 6741
def f6742(x):
    return x + 6742
def f6743(x):
    return x + 6743
def f6744(x):
    return x + 6744
def f6745(x):
    return x + 6745
def f6746(x):
    return x + 6746
def f6747(x):
    return x + 6747
def f6748(x):
    return x + 6748
def f6749(x):
    return x + 6749
def f6750(x):
    return x + 6750
def f6751(x):
    return x + 6751
def f6752(x):
    return x + 6752
def f6753(x):
    return x + 6753
def f6754(x):
    return x + 6754
def f6755(x):
    return x + 6755
def f6756(x):
    return x + 6756
def f6757(x):
    return x + 6757
def f6758(x):
    return x + 6758
def f6759(x):
    return x + 6759
def f6760(x):
    return x + 6760
def f6761(x):
    return x + 6761
def f6762(x):
    return x + 6762
def f6763(x):
    return x + 6763
def f6764(x):
    return x + 6764
def f6765(x):
    return x + 6765
def f6766(x):
    return x + 6766
def f6767(x):
    return x + 6767
def f6768(x):
    return x + 6768
def f6769(x):
    return x + 6769
def f6770(x):
    return x + 6770
def f6771(x):
    return x + 6771
def f6772(x):
    return x + 6772
def f6773(x):
    return x + 6773
def f6774(x):
    return x + 6774
def f6775(x):
    return x + 6775
def f6776(x):
    return x + 6776
def f6777(x):
    return x + 6777
def f6778(x):
    return x + 6778
def f6779(x):
    return x + 6779
def f6780(x):
    return x + 6780
def f6781(x):
    return x + 6781
def f6782(x):
    return x + 6782
def f6783(x):
    return x + 6783
def f6784(x):
    return x + 6784
def f6785(x):
    return x + 6785
def f6786(x):
    return x + 6786
def f6787(x):
    return x + 6787
def f6788(x):
    return x + 6788
def f6789(x):
    return x + 6789
def f6790(x):
    return x + 6790
def f6791(x):
    return x + 6791
def f6792(x):
    return x + 6792
def f6793(x):
    return x + 6793
def f6794(x):
    return x + 6794
def f6795(x):
    return x + 6795
def f6796(x):
    return x + 6796
def f6797(x):
    return x + 6797
def f6798(x):
    return x + 6798
def f6799(x):
    return x + 6799
def f6800(x):
    return x + 6800
def f6801(x):
    return x + 6801
def f6802(x):
    return x + 6802
def f6803(x):
    return x + 6803
def f6804(x):
    return x + 6804
def f6805(x):
    return x + 6805
def f6806(x):
    return x + 6806
def f6807(x):
    return x + 6807
def f6808(x):
    return x + 6808
def f6809(x):
    return x + 6809
def f6810(x):
    return x + 6810
def f6811(x):
    return x + 6811
def f6812(x):
    return x + 6812
def f6813(x):
    return x + 6813
def f6814(x):
    return x + 6814
def f6815(x):
    return x + 6815
def f6816(x):
    return x + 6816
def f6817(x):
    return x + 6817
def f6818(x):
    return x + 6818
def f6819(x):
    return x + 6819
def f6820(x):
    return x + 6820
def f6821(x):
    return x + 6821
def f6822(x):
    return x + 6822
def f6823(x):
    return x + 6823
def f6824(x):
    return x + 6824
def f6825(x):
    return x + 6825
def f6826(x):
    return x + 6826
def f6827(x):
    return x + 6827
def f6828(x):
    return x + 6828
def f6829(x):
    return x + 6829
def f6830(x):
    return x + 6830
def f6831(x):
    return x + 6831
def f6832(x):
    return x + 6832
def f6833(x):
    return x + 6833
def f6834(x):
    return x + 6834
def f6835(x):
    return x + 6835
def f6836(x):
    return x + 6836
def f6837(x):
    return x + 6837
def f6838(x):
    return x + 6838
def f6839(x):
    return x + 6839
def f6840(x):
    return x + 6840
def f6841(x):
    return x + 6841
def f6842(x):
    return x + 6842
def f6843(x):
    return x + 6843
def f6844(x):
    return x + 6844
def f6845(x):
    return x + 6845
def f6846(x):
    return x + 6846
def f6847(x):
    return x + 6847
def f6848(x):
    return x + 6848
def f6849(x):
    return x + 6849
def f6850(x):
    return x + 6850
def f6851(x):
    return x + 6851
def f6852(x):
    return x + 6852
def f6853(x):
    return x + 6853
def f6854(x):
    return x + 6854
def f6855(x):
    return x + 6855
def f6856(x):
    return x + 6856
def f6857(x):
    return x + 6857
def f6858(x):
    return x + 6858
def f6859(x):
    return x + 6859
def f6860(x):
    return x + 6860
def f6861(x):
    return x + 6861
def f6862(x):
    return x + 6862
def f6863(x):
    return x + 6863
def f6864(x):
    return x + 6864
def f6865(x):
    return x + 6865
def f6866(x):
    return x + 6866
def f6867(x):
    return x + 6867
def f6868(x):
    return x + 6868
def f6869(x):
    return x + 6869
def f6870(x):
    return x + 6870
def f6871(x):
    return x + 6871
def f6872(x):
    return x + 6872
def f6873(x):
    return x + 6873
def f6874(x):
    return x + 6874
def f6875(x):
    return x + 6875
def f6876(x):
    return x + 6876
def f6877(x):
    return x + 6877
def f6878(x):
    return x + 6878
def f6879(x):
    return x + 6879
def f6880(x):
    return x + 6880
def f6881(x):
    return x + 6881
def f6882(x):
    return x + 6882
def f6883(x):
    return x + 6883
def f6884(x):
    return x + 6884
def f6885(x):
    return x + 6885
def f6886(x):
    return x + 6886
def f6887(x):
    return x + 6887
def f6888(x):
    return x + 6888
def f6889(x):
    return x + 6889
def f6890(x):
    return x + 6890
def f6891(x):
    return x + 6891
def f6892(x):
    return x + 6892
def f6893(x):
    return x + 6893
def f6894(x):
    return x + 6894
def f6895(x):
    return x + 6895
def f6896(x):
    return x + 6896
def f6897(x):
    return x + 6897
def f6898(x):
    return x + 6898
def f6899(x):
    return x + 6899
def f6900(x):
    return x + 6900
def f6901(x):
    return x + 6901
def f6902(x):
    return x + 6902
def f6903(x):
    return x + 6903
def f6904(x):
    return x + 6904
def f6905(x):
    return x + 6905
def f6906(x):
    return x + 6906
def f6907(x):
    return x + 6907
def f6908(x):
    return x + 6908
def f6909(x):
    return x + 6909
def f6910(x):
    return x + 6910
def f6911(x):
    return x + 6911
def f6912(x):
    return x + 6912
def f6913(x):
    return x + 6913
def f6914(x):
    return x + 6914
def f6915(x):
    return x + 6915
def f6916(x):
    return x + 6916
def f6917(x):
    return x + 6917
def f6918(x):
    return x + 6918
def f6919(x):
    return x + 6919
def f6920(x):
    return x + 6920
def f6921(x):
    return x + 6921
def f6922(x):
    return x + 6922
def f6923(x):
    return x + 6923
def f6924(x):
    return x + 6924
def f6925(x):
    return x + 6925
def f6926(x):
    return x + 6926
def f6927(x):
    return x + 6927
def f6928(x):
    return x + 6928
def f6929(x):
    return x + 6929
def f6930(x):
    return x + 6930
def f6931(x):
    return x + 6931
def f6932(x):
    return x + 6932
def f6933(x):
    return x + 6933
def f6934(x):
    return x + 6934
def f6935(x):
    return x + 6935
def f6936(x):
    return x + 6936
def f6937(x):
    return x + 6937
def f6938(x):
    return x + 6938
def f6939(x):
    return x + 6939
def f6940(x):
    return x + 6940
def f6941(x):
    return x + 6941
def f6942(x):
    return x + 6942
def f6943(x):
    return x + 6943
def f6944(x):
    return x + 6944
def f6945(x):
    return x + 6945
def f6946(x):
    return x + 6946
def f6947(x):
    return x + 6947
def f6948(x):
    return x + 6948
def f6949(x):
    return x + 6949
def f6950(x):
    return x + 6950
def f6951(x):
    return x + 6951
def f6952(x):
    return x + 6952
def f6953(x):
    return x + 6953
def f6954(x):
    return x + 6954
def f6955(x):
    return x + 6955
def f6956(x):
    return x + 6956
def f6957(x):
    return x + 6957
def f6958(x):
    return x + 6958
def f6959(x):
    return x + 6959
def f6960(x):
    return x + 6960
def f6961(x):
    return x + 6961
def f6962(x):
    return x + 6962
def f6963(x):
    return x + 6963
def f6964(x):
    return x + 6964
def f6965(x):
    return x + 6965
def f6966(x):
    return x + 6966
def f6967(x):
    return x + 6967
def f6968(x):
    return x + 6968
def f6969(x):
    return x + 6969
def f6970(x):
    return x + 6970
def f6971(x):
    return x + 6971
def f6972(x):
    return x + 6972
def f6973(x):
    return x + 6973
def f6974(x):
    return x + 6974
def f6975(x):
    return x + 6975
def f6976(x):
    return x + 6976
def f6977(x):
    return x + 6977
def f6978(x):
    return x + 6978
def f6979(x):
    return x + 6979
def f6980(x):
    return x + 6980
def f6981(x):
    return x + 6981
def f6982(x):
    return x + 6982
def f6983(x):
    return x + 6983
def f6984(x):
    return x + 6984
def f6985(x):
    return x + 6985
def f6986(x):
    return x + 6986
def f6987(x):
    return x + 6987
def f6988(x):
    return x + 6988
def f6989(x):
    return x + 6989
def f6990(x):
    return x + 6990
def f6991(x):
    return x + 6991
def f6992(x):
    return x + 6992
def f6993(x):
    return x + 6993
def f6994(x):
    return x + 6994
def f6995(x):
    return x + 6995
def f6996(x):
    return x + 6996
def f6997(x):
    return x + 6997
def f6998(x):
    return x + 6998
def f6999(x):
    return x + 6999
def f7000(x):
    return x + 7000
def f7001(x):
    return x + 7001
def f7002(x):
    return x + 7002
def f7003(x):
    return x + 7003
def f7004(x):
    return x + 7004
def f7005(x):
    return x + 7005
def f7006(x):
    return x + 7006
def f7007(x):
    return x + 7007
def f7008(x):
    return x + 7008
def f7009(x):
    return x + 7009
def f7010(x):
    return x + 7010
def f7011(x):
    return x + 7011
def f7012(x):
    return x + 7012
def f7013(x):
    return x + 7013
def f7014(x):
    return x + 7014
def f7015(x):
    return x + 7015
def f7016(x):
    return x + 7016
def f7017(x):
    return x + 7017
def f7018(x):
    return x + 7018
def f7019(x):
    return x + 7019
def f7020(x):
    return x + 7020
def f7021(x):
    return x + 7021
def f7022(x):
    return x + 7022
def f7023(x):
    return x + 7023
def f7024(x):
    return x + 7024
def f7025(x):
    return x + 7025
def f7026(x):
    return x + 7026
def f7027(x):
    return x + 7027
def f7028(x):
    return x + 7028
def f7029(x):
    return x + 7029
def f7030(x):
    return x + 7030
def f7031(x):
    return x + 7031
def f7032(x):
    return x + 7032
def f7033(x):
    return x + 7033
def f7034(x):
    return x + 7034
def f7035(x):
    return x + 7035
def f7036(x):
    return x + 7036
def f7037(x):
    return x + 7037
def f7038(x):
    return x + 7038
def f7039(x):
    return x + 7039
def f7040(x):
    return x + 7040
def f7041(x):
    return x + 7041
def f7042(x):
    return x + 7042
def f7043(x):
    return x + 7043
def f7044(x):
    return x + 7044
def f7045(x):
    return x + 7045
def f7046(x):
    return x + 7046
def f7047(x):
    return x + 7047
def f7048(x):
    return x + 7048
def f7049(x):
    return x + 7049
def f7050(x):
    return x + 7050
def f7051(x):
    return x + 7051
def f7052(x):
    return x + 7052
def f7053(x):
    return x + 7053
def f7054(x):
    return x + 7054
def f7055(x):
    return x + 7055
def f7056(x):
    return x + 7056
def f7057(x):
    return x + 7057
def f7058(x):
    return x + 7058
def f7059(x):
    return x + 7059
def f7060(x):
    return x + 7060
def f7061(x):
    return x + 7061
def f7062(x):
    return x + 7062
def f7063(x):
    return x + 7063
def f7064(x):
    return x + 7064
def f7065(x):
    return x + 7065
def f7066(x):
    return x + 7066
def f7067(x):
    return x + 7067
def f7068(x):
    return x + 7068
def f7069(x):
    return x + 7069
def f7070(x):
    return x + 7070
def f7071(x):
    return x + 7071
def f7072(x):
    return x + 7072
def f7073(x):
    return x + 7073
def f7074(x):
    return x + 7074
def f7075(x):
    return x + 7075
def f7076(x):
    return x + 7076
def f7077(x):
    return x + 7077
def f7078(x):
    return x + 7078
def f7079(x):
    return x + 7079
def f7080(x):
    return x + 7080
def f7081(x):
    return x + 7081
def f7082(x):
    return x + 7082
def f7083(x):
    return x + 7083
def f7084(x):
    return x + 7084
def f7085(x):
    return x + 7085
def f7086(x):
    return x + 7086
def f7087(x):
    return x + 7087
def f7088(x):
    return x + 7088
def f7089(x):
    return x + 7089
def f7090(x):
    return x + 7090
def f7091(x):
    return x + 7091
def f7092(x):
    return x + 7092
def f7093(x):
    return x + 7093
def f7094(x):
    return x + 7094
def f7095(x):
    return x + 7095
def f7096(x):
    return x + 7096
def f7097(x):
    return x + 7097
def f7098(x):
    return x + 7098
def f7099(x):
    return x + 7099
def f7100(x):
    return x + 7100
def f7101(x):
    return x + 7101
def f7102(x):
    return x + 7102
def f7103(x):
    return x + 7103
def f7104(x):
    return x + 7104
def f7105(x):
    return x + 7105
def f7106(x):
    return x + 7106
def f7107(x):
    return x + 7107
def f7108(x):
    return x + 7108
def f7109(x):
    return x + 7109
def f7110(x):
    return x + 7110
def f7111(x):
    return x + 7111
def f7112(x):
    return x + 7112
def f7113(x):
    return x + 7113
def f7114(x):
    return x + 7114
def f7115(x):
    return x + 7115
def f7116(x):
    return x + 7116
def f7117(x):
    return x + 7117
def f7118(x):
    return x + 7118
def f7119(x):
    return x + 7119
def f7120(x):
    return x + 7120
def f7121(x):
    return x + 7121
def f7122(x):
    return x + 7122
def f7123(x):
    return x + 7123
def f7124(x):
    return x + 7124
def f7125(x):
    return x + 7125
def f7126(x):
    return x + 7126
def f7127(x):
    return x + 7127
def f7128(x):
    return x + 7128
def f7129(x):
    return x + 7129
def f7130(x):
    return x + 7130
def f7131(x):
    return x + 7131
def f7132(x):
    return x + 7132
def f7133(x):
    return x + 7133
def f7134(x):
    return x + 7134
def f7135(x):
    return x + 7135
def f7136(x):
    return x + 7136
def f7137(x):
    return x + 7137
def f7138(x):
    return x + 7138
def f7139(x):
    return x + 7139
def f7140(x):
    return x + 7140
def f7141(x):
    return x + 7141
def f7142(x):
    return x + 7142
def f7143(x):
    return x + 7143
def f7144(x):
    return x + 7144
def f7145(x):
    return x + 7145
def f7146(x):
    return x + 7146
def f7147(x):
    return x + 7147
def f7148(x):
    return x + 7148
def f7149(x):
    return x + 7149
def f7150(x):
    return x + 7150
def f7151(x):
    return x + 7151
def f7152(x):
    return x + 7152
def f7153(x):
    return x + 7153
def f7154(x):
    return x + 7154
def f7155(x):
    return x + 7155
def f7156(x):
    return x + 7156
def f7157(x):
    return x + 7157
def f7158(x):
    return x + 7158
def f7159(x):
    return x + 7159
def f7160(x):
    return x + 7160
def f7161(x):
    return x + 7161
def f7162(x):
    return x + 7162
def f7163(x):
    return x + 7163
def f7164(x):
    return x + 7164
def f7165(x):
    return x + 7165
def f7166(x):
    return x + 7166
def f7167(x):
    return x + 7167
def f7168(x):
    return x + 7168
def f7169(x):
    return x + 7169
def f7170(x):
    return x + 7170
def f7171(x):
    return x + 7171
def f7172(x):
    return x + 7172
def f7173(x):
    return x + 7173
def f7174(x):
    return x + 7174
def f7175(x):
    return x + 7175
def f7176(x):
    return x + 7176
def f7177(x):
    return x + 7177
def f7178(x):
    return x + 7178
def f7179(x):
    return x + 7179
def f7180(x):
    return x + 7180
def f7181(x):
    return x + 7181
def f7182(x):
    return x + 7182
def f7183(x):
    return x + 7183
def f7184(x):
    return x + 7184
def f7185(x):
    return x + 7185
def f7186(x):
    return x + 7186
def f7187(x):
    return x + 7187
def f7188(x):
    return x + 7188
def f7189(x):
    return x + 7189
def f7190(x):
    return x + 7190
def f7191(x):
    return x + 7191
def f7192(x):
    return x + 7192
def f7193(x):
    return x + 7193
def f7194(x):
    return x + 7194
def f7195(x):
    return x + 7195
def f7196(x):
    return x + 7196
def f7197(x):
    return x + 7197
def f7198(x):
    return x + 7198
def f7199(x):
    return x + 7199
def f7200(x):
    return x + 7200
def f7201(x):
    return x + 7201
def f7202(x):
    return x + 7202
def f7203(x):
    return x + 7203
def f7204(x):
    return x + 7204
def f7205(x):
    return x + 7205
def f7206(x):
    return x + 7206
def f7207(x):
    return x + 7207
def f7208(x):
    return x + 7208
def f7209(x):
    return x + 7209
def f7210(x):
    return x + 7210
def f7211(x):
    return x + 7211
def f7212(x):
    return x + 7212
def f7213(x):
    return x + 7213
def f7214(x):
    return x + 7214
def f7215(x):
    return x + 7215
def f7216(x):
    return x + 7216
def f7217(x):
    return x + 7217
def f7218(x):
    return x + 7218
def f7219(x):
    return x + 7219
def f7220(x):
    return x + 7220
def f7221(x):
    return x + 7221
def f7222(x):
    return x + 7222
def f7223(x):
    return x + 7223
def f7224(x):
    return x + 7224
def f7225(x):
    return x + 7225
def f7226(x):
    return x + 7226
def f7227(x):
    return x + 7227
def f7228(x):
    return x + 7228
def f7229(x):
    return x + 7229
def f7230(x):
    return x + 7230
def f7231(x):
    return x + 7231
def f7232(x):
    return x + 7232
def f7233(x):
    return x + 7233
def f7234(x):
    return x + 7234
def f7235(x):
    return x + 7235
def f7236(x):
    return x + 7236
def f7237(x):
    return x + 7237
def f7238(x):
    return x + 7238
def f7239(x):
    return x + 7239
def f7240(x):
    return x + 7240
def f7241(x):
    return x + 7241
def f7242(x):
    return x + 7242
def f7243(x):
    return x + 7243
def f7244(x):
    return x + 7244
def f7245(x):
    return x + 7245
def f7246(x):
    return x + 7246
def f7247(x):
    return x + 7247
def f7248(x):
    return x + 7248
def f7249(x):
    return x + 7249
def f7250(x):
    return x + 7250
def f7251(x):
    return x + 7251
def f7252(x):
    return x + 7252
def f7253(x):
    return x + 7253
def f7254(x):
    return x + 7254
def f7255(x):
    return x + 7255
def f7256(x):
    return x + 7256
def f7257(x):
    return x + 7257
def f7258(x):
    return x + 7258
def f7259(x):
    return x + 7259
def f7260(x):
    return x + 7260
def f7261(x):
    return x + 7261
def f7262(x):
    return x + 7262
def f7263(x):
    return x + 7263
def f7264(x):
    return x + 7264
def f7265(x):
    return x + 7265
def f7266(x):
    return x + 7266
def f7267(x):
    return x + 7267
def f7268(x):
    return x + 7268
def f7269(x):
    return x + 7269
def f7270(x):
    return x + 7270
def f7271(x):
    return x + 7271
def f7272(x):
    return x + 7272
def f7273(x):
    return x + 7273
def f7274(x):
    return x + 7274
def f7275(x):
    return x + 7275
def f7276(x):
    return x + 7276
def f7277(x):
    return x + 7277
def f7278(x):
    return x + 7278
def f7279(x):
    return x + 7279
def f7280(x):
    return x + 7280
def f7281(x):
    return x + 7281
def f7282(x):
    return x + 7282
def f7283(x):
    return x + 7283
def f7284(x):
    return x + 7284
def f7285(x):
    return x + 7285
def f7286(x):
    return x + 7286
def f7287(x):
    return x + 7287
def f7288(x):
    return x + 7288
def f7289(x):
    return x + 7289
def f7290(x):
    return x + 7290
def f7291(x):
    return x + 7291
def f7292(x):
    return x + 7292
def f7293(x):
    return x + 7293
def f7294(x):
    return x + 7294
def f7295(x):
    return x + 7295
def f7296(x):
    return x + 7296
def f7297(x):
    return x + 7297
def f7298(x):
    return x + 7298
def f7299(x):
    return x + 7299
def f7300(x):
    return x + 7300
def f7301(x):
    return x + 7301
def f7302(x):
    return x + 7302
def f7303(x):
    return x + 7303
def f7304(x):
    return x + 7304
def f7305(x):
    return x + 7305
def f7306(x):
    return x + 7306
def f7307(x):
    return x + 7307
def f7308(x):
    return x + 7308
def f7309(x):
    return x + 7309
def f7310(x):
    return x + 7310
def f7311(x):
    return x + 7311
def f7312(x):
    return x + 7312
def f7313(x):
    return x + 7313
def f7314(x):
    return x + 7314
def f7315(x):
    return x + 7315
def f7316(x):
    return x + 7316
def f7317(x):
    return x + 7317
def f7318(x):
    return x + 7318
def f7319(x):
    return x + 7319
def f7320(x):
    return x + 7320
def f7321(x):
    return x + 7321
def f7322(x):
    return x + 7322
def f7323(x):
    return x + 7323
def f7324(x):
    return x + 7324
def f7325(x):
    return x + 7325
def f7326(x):
    return x + 7326
def f7327(x):
    return x + 7327
def f7328(x):
    return x + 7328
def f7329(x):
    return x + 7329
def f7330(x):
    return x + 7330
def f7331(x):
    return x + 7331
def f7332(x):
    return x + 7332
def f7333(x):
    return x + 7333
def f7334(x):
    return x + 7334
def f7335(x):
    return x + 7335
def f7336(x):
    return x + 7336
def f7337(x):
    return x + 7337
def f7338(x):
    return x + 7338
def f7339(x):
    return x + 7339
def f7340(x):
    return x + 7340
def f7341(x):
    return x + 7341
def f7342(x):
    return x + 7342
def f7343(x):
    return x + 7343
def f7344(x):
    return x + 7344
def f7345(x):
    return x + 7345
def f7346(x):
    return x + 7346
def f7347(x):
    return x + 7347
def f7348(x):
    return x + 7348
def f7349(x):
    return x + 7349
def f7350(x):
    return x + 7350
def f7351(x):
    return x + 7351
def f7352(x):
    return x + 7352
def f7353(x):
    return x + 7353
def f7354(x):
    return x + 7354
def f7355(x):
    return x + 7355
def f7356(x):
    return x + 7356
def f7357(x):
    return x + 7357
def f7358(x):
    return x + 7358
def f7359(x):
    return x + 7359
def f7360(x):
    return x + 7360
def f7361(x):
    return x + 7361
def f7362(x):
    return x + 7362
def f7363(x):
    return x + 7363
def f7364(x):
    return x + 7364
def f7365(x):
    return x + 7365
def f7366(x):
    return x + 7366
def f7367(x):
    return x + 7367
def f7368(x):
    return x + 7368
def f7369(x):
    return x + 7369
def f7370(x):
    return x + 7370
def f7371(x):
    return x + 7371
def f7372(x):
    return x + 7372
def f7373(x):
    return x + 7373
def f7374(x):
    return x + 7374
def f7375(x):
    return x + 7375
def f7376(x):
    return x + 7376
def f7377(x):
    return x + 7377
def f7378(x):
    return x + 7378
def f7379(x):
    return x + 7379
def f7380(x):
    return x + 7380
def f7381(x):
    return x + 7381
def f7382(x):
    return x + 7382
def f7383(x):
    return x + 7383
def f7384(x):
    return x + 7384
def f7385(x):
    return x + 7385
def f7386(x):
    return x + 7386
def f7387(x):
    return x + 7387
def f7388(x):
    return x + 7388
def f7389(x):
    return x + 7389
def f7390(x):
    return x + 7390
def f7391(x):
    return x + 7391
def f7392(x):
    return x + 7392
def f7393(x):
    return x + 7393
def f7394(x):
    return x + 7394
def f7395(x):
    return x + 7395
def f7396(x):
    return x + 7396
def f7397(x):
    return x + 7397
def f7398(x):
    return x + 7398
def f7399(x):
    return x + 7399
def f7400(x):
    return x + 7400
def f7401(x):
    return x + 7401
def f7402(x):
    return x + 7402
def f7403(x):
    return x + 7403
def f7404(x):
    return x + 7404
def f7405(x):
    return x + 7405
def f7406(x):
    return x + 7406
def f7407(x):
    return x + 7407
def f7408(x):
    return x + 7408
def f7409(x):
    return x + 7409
def f7410(x):
    return x + 7410
def f7411(x):
    return x + 7411
def f7412(x):
    return x + 7412
def f7413(x):
    return x + 7413
def f7414(x):
    return x + 7414
def f7415(x):
    return x + 7415
def f7416(x):
    return x + 7416
def f7417(x):
    return x + 7417
def f7418(x):
    return x + 7418
def f7419(x):
    return x + 7419
def f7420(x):
    return x + 7420
def f7421(x):
    return x + 7421
def f7422(x):
    return x + 7422
def f7423(x):
    return x + 7423
def f7424(x):
    return x + 7424
def f7425(x):
    return x + 7425
def f7426(x):
    return x + 7426
def f7427(x):
    return x + 7427
def f7428(x):
    return x + 7428
def f7429(x):
    return x + 7429
def f7430(x):
    return x + 7430
def f7431(x):
    return x + 7431
def f7432(x):
    return x + 7432
def f7433(x):
    return x + 7433
def f7434(x):
    return x + 7434
def f7435(x):
    return x + 7435
def f7436(x):
    return x + 7436
def f7437(x):
    return x + 7437
def f7438(x):
    return x + 7438
def f7439(x):
    return x + 7439
def f7440(x):
    return x + 7440
def f7441(x):
    return x + 7441
def f7442(x):
    return x + 7442
def f7443(x):
    return x + 7443
def f7444(x):
    return x + 7444
def f7445(x):
    return x + 7445
def f7446(x):
    return x + 7446
def f7447(x):
    return x + 7447
def f7448(x):
    return x + 7448
def f7449(x):
    return x + 7449
def f7450(x):
    return x + 7450
def f7451(x):
    return x + 7451
def f7452(x):
    return x + 7452
def f7453(x):
    return x + 7453
def f7454(x):
    return x + 7454
def f7455(x):
    return x + 7455
def f7456(x):
    return x + 7456
def f7457(x):
    return x + 7457
def f7458(x):
    return x + 7458
def f7459(x):
    return x + 7459
def f7460(x):
    return x + 7460
def f7461(x):
    return x + 7461
def f7462(x):
    return x + 7462
def f7463(x):
    return x + 7463
def f7464(x):
    return x + 7464
def f7465(x):
    return x + 7465
def f7466(x):
    return x + 7466
def f7467(x):
    return x + 7467
def f7468(x):
    return x + 7468
def f7469(x):
    return x + 7469
def f7470(x):
    return x + 7470
def f7471(x):
    return x + 7471
def f7472(x):
    return x + 7472
def f7473(x):
    return x + 7473
def f7474(x):
    return x + 7474
def f7475(x):
    return x + 7475
def f7476(x):
    return x + 7476
def f7477(x):
    return x + 7477
def f7478(x):
    return x + 7478
def f7479(x):
    return x + 7479
def f7480(x):
    return x + 7480
def f7481(x):
    return x + 7481
def f7482(x):
    return x + 7482
def f7483(x):
    return x + 7483
def f7484(x):
    return x + 7484
def f7485(x):
    return x + 7485
def f7486(x):
    return x + 7486
def f7487(x):
    return x + 7487
def f7488(x):
    return x + 7488
def f7489(x):
    return x + 7489
def f7490(x):
    return x + 7490
def f7491(x):
    return x + 7491
def f7492(x):
    return x + 7492
def f7493(x):
    return x + 7493
def f7494(x):
    return x + 7494
def f7495(x):
    return x + 7495
def f7496(x):
    return x + 7496
def f7497(x):
    return x + 7497
def f7498(x):
    return x + 7498
def f7499(x):
    return x + 7499
def f7500(x):
    return x + 7500
def f7501(x):
    return x + 7501
def f7502(x):
    return x + 7502
def f7503(x):
    return x + 7503
def f7504(x):
    return x + 7504
def f7505(x):
    return x + 7505
def f7506(x):
    return x + 7506
def f7507(x):
    return x + 7507
def f7508(x):
    return x + 7508
def f7509(x):
    return x + 7509
def f7510(x):
    return x + 7510
def f7511(x):
    return x + 7511
def f7512(x):
    return x + 7512
def f7513(x):
    return x + 7513
def f7514(x):
    return x + 7514
def f7515(x):
    return x + 7515
def f7516(x):
    return x + 7516
def f7517(x):
    return x + 7517
def f7518(x):
    return x + 7518
def f7519(x):
    return x + 7519
def f7520(x):
    return x + 7520
def f7521(x):
    return x + 7521
def f7522(x):
    return x + 7522
def f7523(x):
    return x + 7523
def f7524(x):
    return x + 7524
def f7525(x):
    return x + 7525
def f7526(x):
    return x + 7526
def f7527(x):
    return x + 7527
def f7528(x):
    return x + 7528
def f7529(x):
    return x + 7529
def f7530(x):
    return x + 7530
def f7531(x):
    return x + 7531
def f7532(x):
    return x + 7532
def f7533(x):
    return x + 7533
def f7534(x):
    return x + 7534
def f7535(x):
    return x + 7535
def f7536(x):
    return x + 7536
def f7537(x):
    return x + 7537
def f7538(x):
    return x + 7538
def f7539(x):
    return x + 7539
def f7540(x):
    return x + 7540
def f7541(x):
    return x + 7541
def f7542(x):
    return x + 7542
def f7543(x):
    return x + 7543
def f7544(x):
    return x + 7544
def f7545(x):
    return x + 7545
def f7546(x):
    return x + 7546
def f7547(x):
    return x + 7547
def f7548(x):
    return x + 7548
def f7549(x):
    return x + 7549
def f7550(x):
    return x + 7550
def f7551(x):
    return x + 7551
def f7552(x):
    return x + 7552
def f7553(x):
    return x + 7553
def f7554(x):
    return x + 7554
def f7555(x):
    return x + 7555
def f7556(x):
    return x + 7556
def f7557(x):
    return x + 7557
def f7558(x):
    return x + 7558
def f7559(x):
    return x + 7559
def f7560(x):
    return x + 7560
def f7561(x):
    return x + 7561
def f7562(x):
    return x + 7562
def f7563(x):
    return x + 7563
def f7564(x):
    return x + 7564
def f7565(x):
    return x + 7565
def f7566(x):
    return x + 7566
def f7567(x):
    return x + 7567
def f7568(x):
    return x + 7568
def f7569(x):
    return x + 7569
def f7570(x):
    return x + 7570
def f7571(x):
    return x + 7571
def f7572(x):
    return x + 7572
def f7573(x):
    return x + 7573
def f7574(x):
    return x + 7574
def f7575(x):
    return x + 7575
def f7576(x):
    return x + 7576
def f7577(x):
    return x + 7577
def f7578(x):
    return x + 7578
def f7579(x):
    return x + 7579
def f7580(x):
    return x + 7580
def f7581(x):
    return x + 7581
def f7582(x):
    return x + 7582
def f7583(x):
    return x + 7583
def f7584(x):
    return x + 7584
def f7585(x):
    return x + 7585
def f7586(x):
    return x + 7586
def f7587(x):
    return x + 7587
def f7588(x):
    return x + 7588
def f7589(x):
    return x + 7589
def f7590(x):
    return x + 7590
def f7591(x):
    return x + 7591
def f7592(x):
    return x + 7592
def f7593(x):
    return x + 7593
def f7594(x):
    return x + 7594
def f7595(x):
    return x + 7595
def f7596(x):
    return x + 7596
def f7597(x):
    return x + 7597
def f7598(x):
    return x + 7598
def f7599(x):
    return x + 7599
def f7600(x):
    return x + 7600
def f7601(x):
    return x + 7601
def f7602(x):
    return x + 7602
def f7603(x):
    return x + 7603
def f7604(x):
    return x + 7604
def f7605(x):
    return x + 7605
def f7606(x):
    return x + 7606
def f7607(x):
    return x + 7607
def f7608(x):
    return x + 7608
def f7609(x):
    return x + 7609
def f7610(x):
    return x + 7610
def f7611(x):
    return x + 7611
def f7612(x):
    return x + 7612
def f7613(x):
    return x + 7613
def f7614(x):
    return x + 7614
def f7615(x):
    return x + 7615
def f7616(x):
    return x + 7616
def f7617(x):
    return x + 7617
def f7618(x):
    return x + 7618
def f7619(x):
    return x + 7619
def f7620(x):
    return x + 7620
def f7621(x):
    return x + 7621
def f7622(x):
    return x + 7622
def f7623(x):
    return x + 7623
def f7624(x):
    return x + 7624
def f7625(x):
    return x + 7625
def f7626(x):
    return x + 7626
def f7627(x):
    return x + 7627
def f7628(x):
    return x + 7628
def f7629(x):
    return x + 7629
def f7630(x):
    return x + 7630
def f7631(x):
    return x + 7631
def f7632(x):
    return x + 7632
def f7633(x):
    return x + 7633
def f7634(x):
    return x + 7634
def f7635(x):
    return x + 7635
def f7636(x):
    return x + 7636
def f7637(x):
    return x + 7637
def f7638(x):
    return x + 7638
def f7639(x):
    return x + 7639
def f7640(x):
    return x + 7640
def f7641(x):
    return x + 7641
def f7642(x):
    return x + 7642
def f7643(x):
    return x + 7643
def f7644(x):
    return x + 7644
def f7645(x):
    return x + 7645
def f7646(x):
    return x + 7646
def f7647(x):
    return x + 7647
def f7648(x):
    return x + 7648
def f7649(x):
    return x + 7649
def f7650(x):
    return x + 7650
def f7651(x):
    return x + 7651
def f7652(x):
    return x + 7652
def f7653(x):
    return x + 7653
def f7654(x):
    return x + 7654
def f7655(x):
    return x + 7655
def f7656(x):
    return x + 7656
def f7657(x):
    return x + 7657
def f7658(x):
    return x + 7658
def f7659(x):
    return x + 7659
def f7660(x):
    return x + 7660
def f7661(x):
    return x + 7661
def f7662(x):
    return x + 7662
def f7663(x):
    return x + 7663
def f7664(x):
    return x + 7664
def f7665(x):
    return x + 7665
def f7666(x):
    return x + 7666
def f7667(x):
    return x + 7667
def f7668(x):
    return x + 7668
def f7669(x):
    return x + 7669
def f7670(x):
    return x + 7670
def f7671(x):
    return x + 7671
def f7672(x):
    return x + 7672
def f7673(x):
    return x + 7673
def f7674(x):
    return x + 7674
def f7675(x):
    return x + 7675
def f7676(x):
    return x + 7676
def f7677(x):
    return x + 7677
def f7678(x):
    return x + 7678
def f7679(x):
    return x + 7679
def f7680(x):
    return x + 7680
def f7681(x):
    return x + 7681
def f7682(x):
    return x + 7682
def f7683(x):
    return x + 7683
def f7684(x):
    return x + 7684
def f7685(x):
    return x + 7685
def f7686(x):
    return x + 7686
def f7687(x):
    return x + 7687
def f7688(x):
    return x + 7688
def f7689(x):
    return x + 7689
def f7690(x):
    return x + 7690
def f7691(x):
    return x + 7691
def f7692(x):
    return x + 7692
def f7693(x):
    return x + 7693
def f7694(x):
    return x + 7694
def f7695(x):
    return x + 7695
def f7696(x):
    return x + 7696
def f7697(x):
    return x + 7697
def f7698(x):
    return x + 7698
def f7699(x):
    return x + 7699
def f7700(x):
    return x + 7700
def f7701(x):
    return x + 7701
def f7702(x):
    return x + 7702
def f7703(x):
    return x + 7703
def f7704(x):
    return x + 7704
def f7705(x):
    return x + 7705
def f7706(x):
    return x + 7706
def f7707(x):
    return x + 7707
def f7708(x):
    return x + 7708
def f7709(x):
    return x + 7709
def f7710(x):
    return x + 7710
def f7711(x):
    return x + 7711
def f7712(x):
    return x + 7712
def f7713(x):
    return x + 7713
def f7714(x):
    return x + 7714
def f7715(x):
    return x + 7715
def f7716(x):
    return x + 7716
def f7717(x):
    return x + 7717
def f7718(x):
    return x + 7718
def f7719(x):
    return x + 7719
def f7720(x):
    return x + 7720
def f7721(x):
    return x + 7721
def f7722(x):
    return x + 7722
def f7723(x):
    return x + 7723
def f7724(x):
    return x + 7724
def f7725(x):
    return x + 7725
def f7726(x):
    return x + 7726
def f7727(x):
    return x + 7727
def f7728(x):
    return x + 7728
def f7729(x):
    return x + 7729
def f7730(x):
    return x + 7730
def f7731(x):
    return x + 7731
def f7732(x):
    return x + 7732
def f7733(x):
    return x + 7733
def f7734(x):
    return x + 7734
def f7735(x):
    return x + 7735
def f7736(x):
    return x + 7736
def f7737(x):
    return x + 7737
def f7738(x):
    return x + 7738
def f7739(x):
    return x + 7739
def f7740(x):
    return x + 7740
def f7741(x):
    return x + 7741
def f7742(x):
    return x + 7742
def f7743(x):
    return x + 7743
def f7744(x):
    return x + 7744
def f7745(x):
    return x + 7745
def f7746(x):
    return x + 7746
def f7747(x):
    return x + 7747
def f7748(x):
    return x + 7748
def f7749(x):
    return x + 7749
def f7750(x):
    return x + 7750
def f7751(x):
    return x + 7751
def f7752(x):
    return x + 7752
def f7753(x):
    return x + 7753
def f7754(x):
    return x + 7754
def f7755(x):
    return x + 7755
def f7756(x):
    return x + 7756
def f7757(x):
    return x + 7757
def f7758(x):
    return x + 7758
def f7759(x):
    return x + 7759
def f7760(x):
    return x + 7760
def f7761(x):
    return x + 7761
def f7762(x):
    return x + 7762
def f7763(x):
    return x + 7763
def f7764(x):
    return x + 7764
def f7765(x):
    return x + 7765
def f7766(x):
    return x + 7766
def f7767(x):
    return x + 7767
def f7768(x):
    return x + 7768
def f7769(x):
    return x + 7769
def f7770(x):
    return x + 7770
def f7771(x):
    return x + 7771
def f7772(x):
    return x + 7772
def f7773(x):
    return x + 7773
def f7774(x):
    return x + 7774
def f7775(x):
    return x + 7775
def f7776(x):
    return x + 7776
def f7777(x):
    return x + 7777
def f7778(x):
    return x + 7778
def f7779(x):
    return x + 7779
def f7780(x):
    return x + 7780
def f7781(x):
    return x + 7781
def f7782(x):
    return x + 7782
def f7783(x):
    return x + 7783
def f7784(x):
    return x + 7784
def f7785(x):
    return x + 7785
def f7786(x):
    return x + 7786
def f7787(x):
    return x + 7787
def f7788(x):
    return x + 7788
def f7789(x):
    return x + 7789
def f7790(x):
    return x + 7790
def f7791(x):
    return x + 7791
def f7792(x):
    return x + 7792
def f7793(x):
    return x + 7793
def f7794(x):
    return x + 7794
def f7795(x):
    return x + 7795
def f7796(x):
    return x + 7796
def f7797(x):
    return x + 7797
def f7798(x):
    return x + 7798
def f7799(x):
    return x + 7799
def f7800(x):
    return x + 7800
def f7801(x):
    return x + 7801
def f7802(x):
    return x + 7802
def f7803(x):
    return x + 7803
def f7804(x):
    return x + 7804
def f7805(x):
    return x + 7805
def f7806(x):
    return x + 7806
def f7807(x):
    return x + 7807
def f7808(x):
    return x + 7808
def f7809(x):
    return x + 7809
def f7810(x):
    return x + 7810
def f7811(x):
    return x + 7811
def f7812(x):
    return x + 7812
def f7813(x):
    return x + 7813
def f7814(x):
    return x + 7814
def f7815(x):
    return x + 7815
def f7816(x):
    return x + 7816
def f7817(x):
    return x + 7817
def f7818(x):
    return x + 7818
def f7819(x):
    return x + 7819
def f7820(x):
    return x + 7820
def f7821(x):
    return x + 7821
def f7822(x):
    return x + 7822
def f7823(x):
    return x + 7823
def f7824(x):
    return x + 7824
def f7825(x):
    return x + 7825
def f7826(x):
    return x + 7826
def f7827(x):
    return x + 7827
def f7828(x):
    return x + 7828
def f7829(x):
    return x + 7829
def f7830(x):
    return x + 7830
def f7831(x):
    return x + 7831
def f7832(x):
    return x + 7832
def f7833(x):
    return x + 7833
def f7834(x):
    return x + 7834
def f7835(x):
    return x + 7835
def f7836(x):
    return x + 7836
def f7837(x):
    return x + 7837
def f7838(x):
    return x + 7838
def f7839(x):
    return x + 7839
def f7840(x):
    return x + 7840
def f7841(x):
    return x + 7841
def f7842(x):
    return x + 7842
def f7843(x):
    return x + 7843
def f7844(x):
    return x + 7844
def f7845(x):
    return x + 7845
def f7846(x):
    return x + 7846
def f7847(x):
    return x + 7847
def f7848(x):
    return x + 7848
def f7849(x):
    return x + 7849
def f7850(x):
    return x + 7850
def f7851(x):
    return x + 7851
def f7852(x):
    return x + 7852
def f7853(x):
    return x + 7853
def f7854(x):
    return x + 7854
def f7855(x):
    return x + 7855
def f7856(x):
    return x + 7856
def f7857(x):
    return x + 7857
def f7858(x):
    return x + 7858
def f7859(x):
    return x + 7859
def f7860(x):
    return x + 7860
def f7861(x):
    return x + 7861
def f7862(x):
    return x + 7862
def f7863(x):
    return x + 7863
def f7864(x):
    return x + 7864
def f7865(x):
    return x + 7865
def f7866(x):
    return x + 7866
def f7867(x):
    return x + 7867
def f7868(x):
    return x + 7868
def f7869(x):
    return x + 7869
def f7870(x):
    return x + 7870
def f7871(x):
    return x + 7871
def f7872(x):
    return x + 7872
def f7873(x):
    return x + 7873
def f7874(x):
    return x + 7874
def f7875(x):
    return x + 7875
def f7876(x):
    return x + 7876
def f7877(x):
    return x + 7877
def f7878(x):
    return x + 7878
def f7879(x):
    return x + 7879
def f7880(x):
    return x + 7880
def f7881(x):
    return x + 7881
def f7882(x):
    return x + 7882
def f7883(x):
    return x + 7883
def f7884(x):
    return x + 7884
def f7885(x):
    return x + 7885
def f7886(x):
    return x + 7886
def f7887(x):
    return x + 7887
def f7888(x):
    return x + 7888
def f7889(x):
    return x + 7889
def f7890(x):
    return x + 7890
def f7891(x):
    return x + 7891
def f7892(x):
    return x + 7892
def f7893(x):
    return x + 7893
def f7894(x):
    return x + 7894
def f7895(x):
    return x + 7895
def f7896(x):
    return x + 7896
def f7897(x):
    return x + 7897
def f7898(x):
    return x + 7898
def f7899(x):
    return x + 7899
def f7900(x):
    return x + 7900
def f7901(x):
    return x + 7901
def f7902(x):
    return x + 7902
def f7903(x):
    return x + 7903
def f7904(x):
    return x + 7904
def f7905(x):
    return x + 7905
def f7906(x):
    return x + 7906
def f7907(x):
    return x + 7907
def f7908(x):
    return x + 7908
def f7909(x):
    return x + 7909
def f7910(x):
    return x + 7910
def f7911(x):
    return x + 7911
def f7912(x):
    return x + 7912
def f7913(x):
    return x + 7913
def f7914(x):
    return x + 7914
def f7915(x):
    return x + 7915
def f7916(x):
    return x + 7916
def f7917(x):
    return x + 7917
def f7918(x):
    return x + 7918
def f7919(x):
    return x + 7919
def f7920(x):
    return x + 7920
def f7921(x):
    return x + 7921
def f7922(x):
    return x + 7922
def f7923(x):
    return x + 7923
def f7924(x):
    return x + 7924
def f7925(x):
    return x + 7925
def f7926(x):
    return x + 7926
def f7927(x):
    return x + 7927
def f7928(x):
    return x + 7928
def f7929(x):
    return x + 7929
def f7930(x):
    return x + 7930
def f7931(x):
    return x + 7931
def f7932(x):
    return x + 7932
def f7933(x):
    return x + 7933
def f7934(x):
    return x + 7934
def f7935(x):
    return x + 7935
def f7936(x):
    return x + 7936
def f7937(x):
    return x + 7937
def f7938(x):
    return x + 7938
def f7939(x):
    return x + 7939
def f7940(x):
    return x + 7940
def f7941(x):
    return x + 7941
def f7942(x):
    return x + 7942
def f7943(x):
    return x + 7943
def f7944(x):
    return x + 7944
def f7945(x):
    return x + 7945
def f7946(x):
    return x + 7946
def f7947(x):
    return x + 7947
def f7948(x):
    return x + 7948
def f7949(x):
    return x + 7949
def f7950(x):
    return x + 7950
def f7951(x):
    return x + 7951
def f7952(x):
    return x + 7952
def f7953(x):
    return x + 7953
def f7954(x):
    return x + 7954
def f7955(x):
    return x + 7955
def f7956(x):
    return x + 7956
def f7957(x):
    return x + 7957
def f7958(x):
    return x + 7958
def f7959(x):
    return x + 7959
def f7960(x):
    return x + 7960
def f7961(x):
    return x + 7961
def f7962(x):
    return x + 7962
def f7963(x):
    return x + 7963
def f7964(x):
    return x + 7964
def f7965(x):
    return x + 7965
def f7966(x):
    return x + 7966
def f7967(x):
    return x + 7967
def f7968(x):
    return x + 7968
def f7969(x):
    return x + 7969
def f7970(x):
    return x + 7970
def f7971(x):
    return x + 7971
def f7972(x):
    return x + 7972
def f7973(x):
    return x + 7973
def f7974(x):
    return x + 7974
def f7975(x):
    return x + 7975
def f7976(x):
    return x + 7976
def f7977(x):
    return x + 7977
def f7978(x):
    return x + 7978
def f7979(x):
    return x + 7979
def f7980(x):
    return x + 7980
def f7981(x):
    return x + 7981
def f7982(x):
    return x + 7982
def f7983(x):
    return x + 7983
def f7984(x):
    return x + 7984
def f7985(x):
    return x + 7985
def f7986(x):
    return x + 7986
def f7987(x):
    return x + 7987
def f7988(x):
    return x + 7988
def f7989(x):
    return x + 7989
def f7990(x):
    return x + 7990
def f7991(x):
    return x + 7991
def f7992(x):
    return x + 7992
def f7993(x):
    return x + 7993
def f7994(x):
    return x + 7994
def f7995(x):
    return x + 7995
def f7996(x):
    return x + 7996
def f7997(x):
    return x + 7997
def f7998(x):
    return x + 7998
def f7999(x):
    return x + 7999
def f8000(x):
    return x + 8000
def f8001(x):
    return x + 8001
def f8002(x):
    return x + 8002
def f8003(x):
    return x + 8003
def f8004(x):
    return x + 8004
def f8005(x):
    return x + 8005
def f8006(x):
    return x + 8006
def f8007(x):
    return x + 8007
def f8008(x):
    return x + 8008
def f8009(x):
    return x + 8009
def f8010(x):
    return x + 8010
def f8011(x):
    return x + 8011
def f8012(x):
    return x + 8012
def f8013(x):
    return x + 8013
def f8014(x):
    return x + 8014
def f8015(x):
    return x + 8015
def f8016(x):
    return x + 8016
def f8017(x):
    return x + 8017
def f8018(x):
    return x + 8018
def f8019(x):
    return x + 8019
def f8020(x):
    return x + 8020
def f8021(x):
    return x + 8021
def f8022(x):
    return x + 8022
def f8023(x):
    return x + 8023
def f8024(x):
    return x + 8024
def f8025(x):
    return x + 8025
def f8026(x):
    return x + 8026
def f8027(x):
    return x + 8027
def f8028(x):
    return x + 8028
def f8029(x):
    return x + 8029
def f8030(x):
    return x + 8030
def f8031(x):
    return x + 8031
def f8032(x):
    return x + 8032
def f8033(x):
    return x + 8033
def f8034(x):
    return x + 8034
def f8035(x):
    return x + 8035
def f8036(x):
    return x + 8036
def f8037(x):
    return x + 8037
def f8038(x):
    return x + 8038
def f8039(x):
    return x + 8039
def f8040(x):
    return x + 8040
def f8041(x):
    return x + 8041
def f8042(x):
    return x + 8042
def f8043(x):
    return x + 8043
def f8044(x):
    return x + 8044
def f8045(x):
    return x + 8045
def f8046(x):
    return x + 8046
def f8047(x):
    return x + 8047
def f8048(x):
    return x + 8048
def f8049(x):
    return x + 8049
def f8050(x):
    return x + 8050
def f8051(x):
    return x + 8051
def f8052(x):
    return x + 8052
def f8053(x):
    return x + 8053
def f8054(x):
    return x + 8054
def f8055(x):
    return x + 8055
def f8056(x):
    return x + 8056
def f8057(x):
    return x + 8057
def f8058(x):
    return x + 8058
def f8059(x):
    return x + 8059
def f8060(x):
    return x + 8060
def f8061(x):
    return x + 8061
def f8062(x):
    return x + 8062
def f8063(x):
    return x + 8063
def f8064(x):
    return x + 8064
def f8065(x):
    return x + 8065
def f8066(x):
    return x + 8066
def f8067(x):
    return x + 8067
def f8068(x):
    return x + 8068
def f8069(x):
    return x + 8069
def f8070(x):
    return x + 8070
def f8071(x):
    return x + 8071
def f8072(x):
    return x + 8072
def f8073(x):
    return x + 8073
def f8074(x):
    return x + 8074
def f8075(x):
    return x + 8075
def f8076(x):
    return x + 8076
def f8077(x):
    return x + 8077
def f8078(x):
    return x + 8078
def f8079(x):
    return x + 8079
def f8080(x):
    return x + 8080
def f8081(x):
    return x + 8081
def f8082(x):
    return x + 8082
def f8083(x):
    return x + 8083
def f8084(x):
    return x + 8084
def f8085(x):
    return x + 8085
def f8086(x):
    return x + 8086
def f8087(x):
    return x + 8087
def f8088(x):
    return x + 8088
def f8089(x):
    return x + 8089
def f8090(x):
    return x + 8090
def f8091(x):
    return x + 8091
def f8092(x):
    return x + 8092
def f8093(x):
    return x + 8093
def f8094(x):
    return x + 8094
def f8095(x):
    return x + 8095
def f8096(x):
    return x + 8096
def f8097(x):
    return x + 8097
def f8098(x):
    return x + 8098
def f8099(x):
    return x + 8099
def f8100(x):
    return x + 8100
def f8101(x):
    return x + 8101
def f8102(x):
    return x + 8102
def f8103(x):
    return x + 8103
def f8104(x):
    return x + 8104
def f8105(x):
    return x + 8105
def f8106(x):
    return x + 8106
def f8107(x):
    return x + 8107
def f8108(x):
    return x + 8108
def f8109(x):
    return x + 8109
def f8110(x):
    return x + 8110
def f8111(x):
    return x + 8111
def f8112(x):
    return x + 8112
def f8113(x):
    return x + 8113
def f8114(x):
    return x + 8114
def f8115(x):
    return x + 8115
def f8116(x):
    return x + 8116
def f8117(x):
    return x + 8117
def f8118(x):
    return x + 8118
def f8119(x):
    return x + 8119
def f8120(x):
    return x + 8120
def f8121(x):
    return x + 8121
def f8122(x):
    return x + 8122
def f8123(x):
    return x + 8123
def f8124(x):
    return x + 8124
def f8125(x):
    return x + 8125
def f8126(x):
    return x + 8126
def f8127(x):
    return x + 8127
def f8128(x):
    return x + 8128
def f8129(x):
    return x + 8129
def f8130(x):
    return x + 8130
def f8131(x):
    return x + 8131
def f8132(x):
    return x + 8132
def f8133(x):
    return x + 8133
def f8134(x):
    return x + 8134
def f8135(x):
    return x + 8135
def f8136(x):
    return x + 8136
def f8137(x):
    return x + 8137
def f8138(x):
    return x + 8138
def f8139(x):
    return x + 8139
def f8140(x):
    return x + 8140
def f8141(x):
    return x + 8141
def f8142(x):
    return x + 8142
def f8143(x):
    return x + 8143
def f8144(x):
    return x + 8144
def f8145(x):
    return x + 8145
def f8146(x):
    return x + 8146
def f8147(x):
    return x + 8147
def f8148(x):
    return x + 8148
def f8149(x):
    return x + 8149
def f8150(x):
    return x + 8150
def f8151(x):
    return x + 8151
def f8152(x):
    return x + 8152
def f8153(x):
    return x + 8153
def f8154(x):
    return x + 8154
def f8155(x):
    return x + 8155
def f8156(x):
    return x + 8156
def f8157(x):
    return x + 8157
def f8158(x):
    return x + 8158
def f8159(x):
    return x + 8159
def f8160(x):
    return x + 8160
def f8161(x):
    return x + 8161
def f8162(x):
    return x + 8162
def f8163(x):
    return x + 8163
def f8164(x):
    return x + 8164
def f8165(x):
    return x + 8165
def f8166(x):
    return x + 8166
def f8167(x):
    return x + 8167
def f8168(x):
    return x + 8168
def f8169(x):
    return x + 8169
def f8170(x):
    return x + 8170
def f8171(x):
    return x + 8171
def f8172(x):
    return x + 8172
def f8173(x):
    return x + 8173
def f8174(x):
    return x + 8174
def f8175(x):
    return x + 8175
def f8176(x):
    return x + 8176
def f8177(x):
    return x + 8177
def f8178(x):
    return x + 8178
def f8179(x):
    return x + 8179
def f8180(x):
    return x + 8180
def f8181(x):
    return x + 8181
def f8182(x):
    return x + 8182
def f8183(x):
    return x + 8183
def f8184(x):
    return x + 8184
def f8185(x):
    return x + 8185
def f8186(x):
    return x + 8186
def f8187(x):
    return x + 8187
def f8188(x):
    return x + 8188
def f8189(x):
    return x + 8189
def f8190(x):
    return x + 8190
def f8191(x):
    return x + 8191
def f8192(x):
    return x + 8192
def f8193(x):
    return x + 8193
def f8194(x):
    return x + 8194
def f8195(x):
    return x + 8195
def f8196(x):
    return x + 8196
def f8197(x):
    return x + 8197
def f8198(x):
    return x + 8198
def f8199(x):
    return x + 8199
def f8200(x):
    return x + 8200
def f8201(x):
    return x + 8201
def f8202(x):
    return x + 8202
def f8203(x):
    return x + 8203
def f8204(x):
    return x + 8204
def f8205(x):
    return x + 8205
def f8206(x):
    return x + 8206
def f8207(x):
    return x + 8207
def f8208(x):
    return x + 8208
def f8209(x):
    return x + 8209
def f8210(x):
    return x + 8210
def f8211(x):
    return x + 8211
def f8212(x):
    return x + 8212
def f8213(x):
    return x + 8213
def f8214(x):
    return x + 8214
def f8215(x):
    return x + 8215
def f8216(x):
    return x + 8216
def f8217(x):
    return x + 8217
def f8218(x):
    return x + 8218
def f8219(x):
    return x + 8219
def f8220(x):
    return x + 8220
def f8221(x):
    return x + 8221
def f8222(x):
    return x + 8222
def f8223(x):
    return x + 8223
def f8224(x):
    return x + 8224
def f8225(x):
    return x + 8225
def f8226(x):
    return x + 8226
def f8227(x):
    return x + 8227
def f8228(x):
    return x + 8228
def f8229(x):
    return x + 8229
def f8230(x):
    return x + 8230
def f8231(x):
    return x + 8231
def f8232(x):
    return x + 8232
def f8233(x):
    return x + 8233
def f8234(x):
    return x + 8234
def f8235(x):
    return x + 8235
def f8236(x):
    return x + 8236
def f8237(x):
    return x + 8237
def f8238(x):
    return x + 8238
def f8239(x):
    return x + 8239
def f8240(x):
    return x + 8240
def f8241(x):
    return x + 8241
def f8242(x):
    return x + 8242
def f8243(x):
    return x + 8243
def f8244(x):
    return x + 8244
def f8245(x):
    return x + 8245
def f8246(x):
    return x + 8246
def f8247(x):
    return x + 8247
def f8248(x):
    return x + 8248
def f8249(x):
    return x + 8249
def f8250(x):
    return x + 8250
def f8251(x):
    return x + 8251
def f8252(x):
    return x + 8252
def f8253(x):
    return x + 8253
def f8254(x):
    return x + 8254
def f8255(x):
    return x + 8255
def f8256(x):
    return x + 8256
def f8257(x):
    return x + 8257
def f8258(x):
    return x + 8258
def f8259(x):
    return x + 8259
def f8260(x):
    return x + 8260
def f8261(x):
    return x + 8261
def f8262(x):
    return x + 8262
def f8263(x):
    return x + 8263
def f8264(x):
    return x + 8264
def f8265(x):
    return x + 8265
def f8266(x):
    return x + 8266
def f8267(x):
    return x + 8267
def f8268(x):
    return x + 8268
def f8269(x):
    return x + 8269
def f8270(x):
    return x + 8270
def f8271(x):
    return x + 8271
def f8272(x):
    return x + 8272
def f8273(x):
    return x + 8273
def f8274(x):
    return x + 8274
def f8275(x):
    return x + 8275
def f8276(x):
    return x + 8276
def f8277(x):
    return x + 8277
def f8278(x):
    return x + 8278
def f8279(x):
    return x + 8279
def f8280(x):
    return x + 8280
def f8281(x):
    return x + 8281
def f8282(x):
    return x + 8282
def f8283(x):
    return x + 8283
def f8284(x):
    return x + 8284
def f8285(x):
    return x + 8285
def f8286(x):
    return x + 8286
def f8287(x):
    return x + 8287
def f8288(x):
    return x + 8288
def f8289(x):
    return x + 8289
def f8290(x):
    return x + 8290
def f8291(x):
    return x + 8291
def f8292(x):
    return x + 8292
def f8293(x):
    return x + 8293
def f8294(x):
    return x + 8294
def f8295(x):
    return x + 8295
def f8296(x):
    return x + 8296
def f8297(x):
    return x + 8297
def f8298(x):
    return x + 8298
def f8299(x):
    return x + 8299
def f8300(x):
    return x + 8300
def f8301(x):
    return x + 8301
def f8302(x):
    return x + 8302
def f8303(x):
    return x + 8303
def f8304(x):
    return x + 8304
def f8305(x):
    return x + 8305
def f8306(x):
    return x + 8306
def f8307(x):
    return x + 8307
def f8308(x):
    return x + 8308
def f8309(x):
    return x + 8309
def f8310(x):
    return x + 8310
def f8311(x):
    return x + 8311
def f8312(x):
    return x + 8312
def f8313(x):
    return x + 8313
def f8314(x):
    return x + 8314
def f8315(x):
    return x + 8315
def f8316(x):
    return x + 8316
def f8317(x):
    return x + 8317
def f8318(x):
    return x + 8318
def f8319(x):
    return x + 8319
def f8320(x):
    return x + 8320
def f8321(x):
    return x + 8321
def f8322(x):
    return x + 8322
def f8323(x):
    return x + 8323
def f8324(x):
    return x + 8324
def f8325(x):
    return x + 8325
def f8326(x):
    return x + 8326
def f8327(x):
    return x + 8327
def f8328(x):
    return x + 8328
def f8329(x):
    return x + 8329
def f8330(x):
    return x + 8330
def f8331(x):
    return x + 8331
def f8332(x):
    return x + 8332
def f8333(x):
    return x + 8333
def f8334(x):
    return x + 8334
def f8335(x):
    return x + 8335
def f8336(x):
    return x + 8336
def f8337(x):
    return x + 8337
def f8338(x):
    return x + 8338
def f8339(x):
    return x + 8339
def f8340(x):
    return x + 8340
def f8341(x):
    return x + 8341
def f8342(x):
    return x + 8342
def f8343(x):
    return x + 8343
def f8344(x):
    return x + 8344
def f8345(x):
    return x + 8345
def f8346(x):
    return x + 8346
def f8347(x):
    return x + 8347
def f8348(x):
    return x + 8348
def f8349(x):
    return x + 8349
def f8350(x):
    return x + 8350
def f8351(x):
    return x + 8351
def f8352(x):
    return x + 8352
def f8353(x):
    return x + 8353
def f8354(x):
    return x + 8354
def f8355(x):
    return x + 8355
def f8356(x):
    return x + 8356
def f8357(x):
    return x + 8357
def f8358(x):
    return x + 8358
def f8359(x):
    return x + 8359
def f8360(x):
    return x + 8360
def f8361(x):
    return x + 8361
def f8362(x):
    return x + 8362
def f8363(x):
    return x + 8363
def f8364(x):
    return x + 8364
def f8365(x):
    return x + 8365
def f8366(x):
    return x + 8366
def f8367(x):
    return x + 8367
def f8368(x):
    return x + 8368
def f8369(x):
    return x + 8369
def f8370(x):
    return x + 8370
def f8371(x):
    return x + 8371
def f8372(x):
    return x + 8372
def f8373(x):
    return x + 8373
def f8374(x):
    return x + 8374
def f8375(x):
    return x + 8375
def f8376(x):
    return x + 8376
def f8377(x):
    return x + 8377
def f8378(x):
    return x + 8378
def f8379(x):
    return x + 8379
def f8380(x):
    return x + 8380
def f8381(x):
    return x + 8381
def f8382(x):
    return x + 8382
def f8383(x):
    return x + 8383
def f8384(x):
    return x + 8384
def f8385(x):
    return x + 8385
def f8386(x):
    return x + 8386
def f8387(x):
    return x + 8387
def f8388(x):
    return x + 8388
def f8389(x):
    return x + 8389
def f8390(x):
    return x + 8390
def f8391(x):
    return x + 8391
def f8392(x):
    return x + 8392
def f8393(x):
    return x + 8393
def f8394(x):
    return x + 8394
def f8395(x):
    return x + 8395
def f8396(x):
    return x + 8396
def f8397(x):
    return x + 8397
def f8398(x):
    return x + 8398
def f8399(x):
    return x + 8399
def f8400(x):
    return x + 8400
def f8401(x):
    return x + 8401
def f8402(x):
    return x + 8402
def f8403(x):
    return x + 8403
def f8404(x):
    return x + 8404
def f8405(x):
    return x + 8405
def f8406(x):
    return x + 8406
def f8407(x):
    return x + 8407
def f8408(x):
    return x + 8408
def f8409(x):
    return x + 8409
def f8410(x):
    return x + 8410
def f8411(x):
    return x + 8411
def f8412(x):
    return x + 8412
def f8413(x):
    return x + 8413
def f8414(x):
    return x + 8414
def f8415(x):
    return x + 8415
def f8416(x):
    return x + 8416
def f8417(x):
    return x + 8417
def f8418(x):
    return x + 8418
def f8419(x):
    return x + 8419
def f8420(x):
    return x + 8420
def f8421(x):
    return x + 8421
def f8422(x):
    return x + 8422
def f8423(x):
    return x + 8423
def f8424(x):
    return x + 8424
def f8425(x):
    return x + 8425
def f8426(x):
    return x + 8426
def f8427(x):
    return x + 8427
def f8428(x):
    return x + 8428
def f8429(x):
    return x + 8429
def f8430(x):
    return x + 8430
def f8431(x):
    return x + 8431
def f8432(x):
    return x + 8432
def f8433(x):
    return x + 8433
def f8434(x):
    return x + 8434
def f8435(x):
    return x + 8435
def f8436(x):
    return x + 8436
def f8437(x):
    return x + 8437
def f8438(x):
    return x + 8438
def f8439(x):
    return x + 8439
def f8440(x):
    return x + 8440
def f8441(x):
    return x + 8441
def f8442(x):
    return x + 8442
def f8443(x):
    return x + 8443
def f8444(x):
    return x + 8444
def f8445(x):
    return x + 8445
def f8446(x):
    return x + 8446
def f8447(x):
    return x + 8447
def f8448(x):
    return x + 8448
def f8449(x):
    return x + 8449
def f8450(x):
    return x + 8450
def f8451(x):
    return x + 8451
def f8452(x):
    return x + 8452
def f8453(x):
    return x + 8453
def f8454(x):
    return x + 8454
def f8455(x):
    return x + 8455
def f8456(x):
    return x + 8456
def f8457(x):
    return x + 8457
def f8458(x):
    return x + 8458
def f8459(x):
    return x + 8459
def f8460(x):
    return x + 8460
def f8461(x):
    return x + 8461
def f8462(x):
    return x + 8462
def f8463(x):
    return x + 8463
def f8464(x):
    return x + 8464
def f8465(x):
    return x + 8465
def f8466(x):
    return x + 8466
def f8467(x):
    return x + 8467
def f8468(x):
    return x + 8468
def f8469(x):
    return x + 8469
def f8470(x):
    return x + 8470
def f8471(x):
    return x + 8471
def f8472(x):
    return x + 8472
def f8473(x):
    return x + 8473
def f8474(x):
    return x + 8474
def f8475(x):
    return x + 8475
def f8476(x):
    return x + 8476
def f8477(x):
    return x + 8477
def f8478(x):
    return x + 8478
def f8479(x):
    return x + 8479
def f8480(x):
    return x + 8480
def f8481(x):
    return x + 8481
def f8482(x):
    return x + 8482
def f8483(x):
    return x + 8483
def f8484(x):
    return x + 8484
def f8485(x):
    return x + 8485
def f8486(x):
    return x + 8486
def f8487(x):
    return x + 8487
def f8488(x):
    return x + 8488
def f8489(x):
    return x + 8489
def f8490(x):
    return x + 8490
def f8491(x):
    return x + 8491
def f8492(x):
    return x + 8492
def f8493(x):
    return x + 8493
def f8494(x):
    return x + 8494
def f8495(x):
    return x + 8495
def f8496(x):
    return x + 8496
def f8497(x):
    return x + 8497
def f8498(x):
    return x + 8498
def f8499(x):
    return x + 8499
def f8500(x):
    return x + 8500
def f8501(x):
    return x + 8501
def f8502(x):
    return x + 8502
def f8503(x):
    return x + 8503
def f8504(x):
    return x + 8504
def f8505(x):
    return x + 8505
def f8506(x):
    return x + 8506
def f8507(x):
    return x + 8507
def f8508(x):
    return x + 8508
def f8509(x):
    return x + 8509
def f8510(x):
    return x + 8510
def f8511(x):
    return x + 8511
def f8512(x):
    return x + 8512
def f8513(x):
    return x + 8513
def f8514(x):
    return x + 8514
def f8515(x):
    return x + 8515
def f8516(x):
    return x + 8516
def f8517(x):
    return x + 8517
def f8518(x):
    return x + 8518
def f8519(x):
    return x + 8519
def f8520(x):
    return x + 8520
def f8521(x):
    return x + 8521
def f8522(x):
    return x + 8522
def f8523(x):
    return x + 8523
def f8524(x):
    return x + 8524
def f8525(x):
    return x + 8525
def f8526(x):
    return x + 8526
def f8527(x):
    return x + 8527
def f8528(x):
    return x + 8528
def f8529(x):
    return x + 8529
def f8530(x):
    return x + 8530
def f8531(x):
    return x + 8531
def f8532(x):
    return x + 8532
def f8533(x):
    return x + 8533
def f8534(x):
    return x + 8534
def f8535(x):
    return x + 8535
def f8536(x):
    return x + 8536
def f8537(x):
    return x + 8537
def f8538(x):
    return x + 8538
def f8539(x):
    return x + 8539
def f8540(x):
    return x + 8540
def f8541(x):
    return x + 8541
def f8542(x):
    return x + 8542
def f8543(x):
    return x + 8543
def f8544(x):
    return x + 8544
def f8545(x):
    return x + 8545
def f8546(x):
    return x + 8546
def f8547(x):
    return x + 8547
def f8548(x):
    return x + 8548
def f8549(x):
    return x + 8549
def f8550(x):
    return x + 8550
def f8551(x):
    return x + 8551
def f8552(x):
    return x + 8552
def f8553(x):
    return x + 8553
def f8554(x):
    return x + 8554
def f8555(x):
    return x + 8555
def f8556(x):
    return x + 8556
def f8557(x):
    return x + 8557
def f8558(x):
    return x + 8558
def f8559(x):
    return x + 8559
def f8560(x):
    return x + 8560
def f8561(x):
    return x + 8561
def f8562(x):
    return x + 8562
def f8563(x):
    return x + 8563
def f8564(x):
    return x + 8564
def f8565(x):
    return x + 8565
def f8566(x):
    return x + 8566
def f8567(x):
    return x + 8567
def f8568(x):
    return x + 8568
def f8569(x):
    return x + 8569
def f8570(x):
    return x + 8570
def f8571(x):
    return x + 8571
def f8572(x):
    return x + 8572
def f8573(x):
    return x + 8573
def f8574(x):
    return x + 8574
def f8575(x):
    return x + 8575
def f8576(x):
    return x + 8576
def f8577(x):
    return x + 8577
def f8578(x):
    return x + 8578
def f8579(x):
    return x + 8579
def f8580(x):
    return x + 8580
def f8581(x):
    return x + 8581
def f8582(x):
    return x + 8582
def f8583(x):
    return x + 8583
def f8584(x):
    return x + 8584
def f8585(x):
    return x + 8585
def f8586(x):
    return x + 8586
def f8587(x):
    return x + 8587
def f8588(x):
    return x + 8588
def f8589(x):
    return x + 8589
def f8590(x):
    return x + 8590
def f8591(x):
    return x + 8591
def f8592(x):
    return x + 8592
def f8593(x):
    return x + 8593
def f8594(x):
    return x + 8594
def f8595(x):
    return x + 8595
def f8596(x):
    return x + 8596
def f8597(x):
    return x + 8597
def f8598(x):
    return x + 8598
def f8599(x):
    return x + 8599
def f8600(x):
    return x + 8600
def f8601(x):
    return x + 8601
def f8602(x):
    return x + 8602
def f8603(x):
    return x + 8603
def f8604(x):
    return x + 8604
def f8605(x):
    return x + 8605
def f8606(x):
    return x + 8606
def f8607(x):
    return x + 8607
def f8608(x):
    return x + 8608
def f8609(x):
    return x + 8609
def f8610(x):
    return x + 8610
def f8611(x):
    return x + 8611
def f8612(x):
    return x + 8612
def f8613(x):
    return x + 8613
def f8614(x):
    return x + 8614
def f8615(x):
    return x + 8615
def f8616(x):
    return x + 8616
def f8617(x):
    return x + 8617
def f8618(x):
    return x + 8618
def f8619(x):
    return x + 8619
def f8620(x):
    return x + 8620
def f8621(x):
    return x + 8621
def f8622(x):
    return x + 8622
def f8623(x):
    return x + 8623
def f8624(x):
    return x + 8624
def f8625(x):
    return x + 8625
def f8626(x):
    return x + 8626
def f8627(x):
    return x + 8627
def f8628(x):
    return x + 8628
def f8629(x):
    return x + 8629
def f8630(x):
    return x + 8630
def f8631(x):
    return x + 8631
def f8632(x):
    return x + 8632
def f8633(x):
    return x + 8633
def f8634(x):
    return x + 8634
def f8635(x):
    return x + 8635
def f8636(x):
    return x + 8636
def f8637(x):
    return x + 8637
def f8638(x):
    return x + 8638
def f8639(x):
    return x + 8639
def f8640(x):
    return x + 8640
def f8641(x):
    return x + 8641
def f8642(x):
    return x + 8642
def f8643(x):
    return x + 8643
def f8644(x):
    return x + 8644
def f8645(x):
    return x + 8645
def f8646(x):
    return x + 8646
def f8647(x):
    return x + 8647
def f8648(x):
    return x + 8648
def f8649(x):
    return x + 8649
def f8650(x):
    return x + 8650
def f8651(x):
    return x + 8651
def f8652(x):
    return x + 8652
def f8653(x):
    return x + 8653
def f8654(x):
    return x + 8654
def f8655(x):
    return x + 8655
def f8656(x):
    return x + 8656
def f8657(x):
    return x + 8657
def f8658(x):
    return x + 8658
def f8659(x):
    return x + 8659
def f8660(x):
    return x + 8660
def f8661(x):
    return x + 8661
def f8662(x):
    return x + 8662
def f8663(x):
    return x + 8663
def f8664(x):
    return x + 8664
def f8665(x):
    return x + 8665
def f8666(x):
    return x + 8666
def f8667(x):
    return x + 8667
def f8668(x):
    return x + 8668
def f8669(x):
    return x + 8669
def f8670(x):
    return x + 8670
def f8671(x):
    return x + 8671
def f8672(x):
    return x + 8672
def f8673(x):
    return x + 8673
def f8674(x):
    return x + 8674
def f8675(x):
    return x + 8675
def f8676(x):
    return x + 8676
def f8677(x):
    return x + 8677
def f8678(x):
    return x + 8678
def f8679(x):
    return x + 8679
def f8680(x):
    return x + 8680
def f8681(x):
    return x + 8681
def f8682(x):
    return x + 8682
def f8683(x):
    return x + 8683
def f8684(x):
    return x + 8684
def f8685(x):
    return x + 8685
def f8686(x):
    return x + 8686
def f8687(x):
    return x + 8687
def f8688(x):
    return x + 8688
def f8689(x):
    return x + 8689
def f8690(x):
    return x + 8690
def f8691(x):
    return x + 8691
def f8692(x):
    return x + 8692
def f8693(x):
    return x + 8693
def f8694(x):
    return x + 8694
def f8695(x):
    return x + 8695
def f8696(x):
    return x + 8696
def f8697(x):
    return x + 8697
def f8698(x):
    return x + 8698
def f8699(x):
    return x + 8699
def f8700(x):
    return x + 8700
def f8701(x):
    return x + 8701
def f8702(x):
    return x + 8702
def f8703(x):
    return x + 8703
def f8704(x):
    return x + 8704
def f8705(x):
    return x + 8705
def f8706(x):
    return x + 8706
def f8707(x):
    return x + 8707
def f8708(x):
    return x + 8708
def f8709(x):
    return x + 8709
def f8710(x):
    return x + 8710
def f8711(x):
    return x + 8711
def f8712(x):
    return x + 8712
def f8713(x):
    return x + 8713
def f8714(x):
    return x + 8714
def f8715(x):
    return x + 8715
def f8716(x):
    return x + 8716
def f8717(x):
    return x + 8717
def f8718(x):
    return x + 8718
def f8719(x):
    return x + 8719
def f8720(x):
    return x + 8720
def f8721(x):
    return x + 8721
def f8722(x):
    return x + 8722
def f8723(x):
    return x + 8723
def f8724(x):
    return x + 8724
def f8725(x):
    return x + 8725
def f8726(x):
    return x + 8726
def f8727(x):
    return x + 8727
def f8728(x):
    return x + 8728
def f8729(x):
    return x + 8729
def f8730(x):
    return x + 8730
def f8731(x):
    return x + 8731
def f8732(x):
    return x + 8732
def f8733(x):
    return x + 8733
def f8734(x):
    return x + 8734
def f8735(x):
    return x + 8735
def f8736(x):
    return x + 8736
def f8737(x):
    return x + 8737
def f8738(x):
    return x + 8738
def f8739(x):
    return x + 8739
def f8740(x):
    return x + 8740
def f8741(x):
    return x + 8741
def f8742(x):
    return x + 8742
def f8743(x):
    return x + 8743
def f8744(x):
    return x + 8744
def f8745(x):
    return x + 8745
def f8746(x):
    return x + 8746
def f8747(x):
    return x + 8747
def f8748(x):
    return x + 8748
def f8749(x):
    return x + 8749
def f8750(x):
    return x + 8750
def f8751(x):
    return x + 8751
def f8752(x):
    return x + 8752
def f8753(x):
    return x + 8753
def f8754(x):
    return x + 8754
def f8755(x):
    return x + 8755
def f8756(x):
    return x + 8756
def f8757(x):
    return x + 8757
def f8758(x):
    return x + 8758
def f8759(x):
    return x + 8759
def f8760(x):
    return x + 8760
def f8761(x):
    return x + 8761
def f8762(x):
    return x + 8762
def f8763(x):
    return x + 8763
def f8764(x):
    return x + 8764
def f8765(x):
    return x + 8765
def f8766(x):
    return x + 8766
def f8767(x):
    return x + 8767
def f8768(x):
    return x + 8768
def f8769(x):
    return x + 8769
def f8770(x):
    return x + 8770
def f8771(x):
    return x + 8771
def f8772(x):
    return x + 8772
def f8773(x):
    return x + 8773
def f8774(x):
    return x + 8774
def f8775(x):
    return x + 8775
def f8776(x):
    return x + 8776
def f8777(x):
    return x + 8777
def f8778(x):
    return x + 8778
def f8779(x):
    return x + 8779
def f8780(x):
    return x + 8780
def f8781(x):
    return x + 8781
def f8782(x):
    return x + 8782
def f8783(x):
    return x + 8783
def f8784(x):
    return x + 8784
def f8785(x):
    return x + 8785
def f8786(x):
    return x + 8786
def f8787(x):
    return x + 8787
def f8788(x):
    return x + 8788
def f8789(x):
    return x + 8789
def f8790(x):
    return x + 8790
def f8791(x):
    return x + 8791
def f8792(x):
    return x + 8792
def f8793(x):
    return x + 8793
def f8794(x):
    return x + 8794
def f8795(x):
    return x + 8795
def f8796(x):
    return x + 8796
def f8797(x):
    return x + 8797
def f8798(x):
    return x + 8798
def f8799(x):
    return x + 8799
def f8800(x):
    return x + 8800
def f8801(x):
    return x + 8801
def f8802(x):
    return x + 8802
def f8803(x):
    return x + 8803
def f8804(x):
    return x + 8804
def f8805(x):
    return x + 8805
def f8806(x):
    return x + 8806
def f8807(x):
    return x + 8807
def f8808(x):
    return x + 8808
def f8809(x):
    return x + 8809
def f8810(x):
    return x + 8810
def f8811(x):
    return x + 8811
def f8812(x):
    return x + 8812
def f8813(x):
    return x + 8813
def f8814(x):
    return x + 8814
def f8815(x):
    return x + 8815
def f8816(x):
    return x + 8816
def f8817(x):
    return x + 8817
def f8818(x):
    return x + 8818
def f8819(x):
    return x + 8819
def f8820(x):
    return x + 8820
def f8821(x):
    return x + 8821
def f8822(x):
    return x + 8822
def f8823(x):
    return x + 8823
def f8824(x):
    return x + 8824
def f8825(x):
    return x + 8825
def f8826(x):
    return x + 8826
def f8827(x):
    return x + 8827
def f8828(x):
    return x + 8828
def f8829(x):
    return x + 8829
def f8830(x):
    return x + 8830
def f8831(x):
    return x + 8831
def f8832(x):
    return x + 8832
def f8833(x):
    return x + 8833
def f8834(x):
    return x + 8834
def f8835(x):
    return x + 8835
def f8836(x):
    return x + 8836
def f8837(x):
    return x + 8837
def f8838(x):
    return x + 8838
def f8839(x):
    return x + 8839
def f8840(x):
    return x + 8840
def f8841(x):
    return x + 8841
def f8842(x):
    return x + 8842
def f8843(x):
    return x + 8843
def f8844(x):
    return x + 8844
def f8845(x):
    return x + 8845
def f8846(x):
    return x + 8846
def f8847(x):
    return x + 8847
def f8848(x):
    return x + 8848
def f8849(x):
    return x + 8849
def f8850(x):
    return x + 8850
def f8851(x):
    return x + 8851
def f8852(x):
    return x + 8852
def f8853(x):
    return x + 8853
def f8854(x):
    return x + 8854
def f8855(x):
    return x + 8855
def f8856(x):
    return x + 8856
def f8857(x):
    return x + 8857
def f8858(x):
    return x + 8858
def f8859(x):
    return x + 8859
def f8860(x):
    return x + 8860
def f8861(x):
    return x + 8861
def f8862(x):
    return x + 8862
def f8863(x):
    return x + 8863
def f8864(x):
    return x + 8864
def f8865(x):
    return x + 8865
def f8866(x):
    return x + 8866
def f8867(x):
    return x + 8867
def f8868(x):
    return x + 8868
def f8869(x):
    return x + 8869
def f8870(x):
    return x + 8870
def f8871(x):
    return x + 8871
def f8872(x):
    return x + 8872
def f8873(x):
    return x + 8873
def f8874(x):
    return x + 8874
def f8875(x):
    return x + 8875
def f8876(x):
    return x + 8876
def f8877(x):
    return x + 8877
def f8878(x):
    return x + 8878
def f8879(x):
    return x + 8879
def f8880(x):
    return x + 8880
def f8881(x):
    return x + 8881
def f8882(x):
    return x + 8882
def f8883(x):
    return x + 8883
def f8884(x):
    return x + 8884
def f8885(x):
    return x + 8885
def f8886(x):
    return x + 8886
def f8887(x):
    return x + 8887
def f8888(x):
    return x + 8888
def f8889(x):
    return x + 8889
def f8890(x):
    return x + 8890
def f8891(x):
    return x + 8891
def f8892(x):
    return x + 8892
def f8893(x):
    return x + 8893
def f8894(x):
    return x + 8894
def f8895(x):
    return x + 8895
def f8896(x):
    return x + 8896
def f8897(x):
    return x + 8897
def f8898(x):
    return x + 8898
def f8899(x):
    return x + 8899
def f8900(x):
    return x + 8900
def f8901(x):
    return x + 8901
def f8902(x):
    return x + 8902
def f8903(x):
    return x + 8903
def f8904(x):
    return x + 8904
def f8905(x):
    return x + 8905
def f8906(x):
    return x + 8906
def f8907(x):
    return x + 8907
def f8908(x):
    return x + 8908
def f8909(x):
    return x + 8909
def f8910(x):
    return x + 8910
def f8911(x):
    return x + 8911
def f8912(x):
    return x + 8912
def f8913(x):
    return x + 8913
def f8914(x):
    return x + 8914
def f8915(x):
    return x + 8915
def f8916(x):
    return x + 8916
def f8917(x):
    return x + 8917
def f8918(x):
    return x + 8918
def f8919(x):
    return x + 8919
def f8920(x):
    return x + 8920
def f8921(x):
    return x + 8921
def f8922(x):
    return x + 8922
def f8923(x):
    return x + 8923
def f8924(x):
    return x + 8924
def f8925(x):
    return x + 8925
def f8926(x):
    return x + 8926
def f8927(x):
    return x + 8927
def f8928(x):
    return x + 8928
def f8929(x):
    return x + 8929
def f8930(x):
    return x + 8930
def f8931(x):
    return x + 8931
def f8932(x):
    return x + 8932
def f8933(x):
    return x + 8933
def f8934(x):
    return x + 8934
def f8935(x):
    return x + 8935
def f8936(x):
    return x + 8936
def f8937(x):
    return x + 8937
def f8938(x):
    return x + 8938
def f8939(x):
    return x + 8939
def f8940(x):
    return x + 8940
def f8941(x):
    return x + 8941
def f8942(x):
    return x + 8942
def f8943(x):
    return x + 8943
def f8944(x):
    return x + 8944
def f8945(x):
    return x + 8945
def f8946(x):
    return x + 8946
def f8947(x):
    return x + 8947
def f8948(x):
    return x + 8948
def f8949(x):
    return x + 8949
def f8950(x):
    return x + 8950
def f8951(x):
    return x + 8951
def f8952(x):
    return x + 8952
def f8953(x):
    return x + 8953
def f8954(x):
    return x + 8954
def f8955(x):
    return x + 8955
def f8956(x):
    return x + 8956
def f8957(x):
    return x + 8957
def f8958(x):
    return x + 8958
def f8959(x):
    return x + 8959
def f8960(x):
    return x + 8960
def f8961(x):
    return x + 8961
def f8962(x):
    return x + 8962
def f8963(x):
    return x + 8963
def f8964(x):
    return x + 8964
def f8965(x):
    return x + 8965
def f8966(x):
    return x + 8966
def f8967(x):
    return x + 8967
def f8968(x):
    return x + 8968
def f8969(x):
    return x + 8969
def f8970(x):
    return x + 8970
def f8971(x):
    return x + 8971
def f8972(x):
    return x + 8972
def f8973(x):
    return x + 8973
def f8974(x):
    return x + 8974
def f8975(x):
    return x + 8975
def f8976(x):
    return x + 8976
def f8977(x):
    return x + 8977
def f8978(x):
    return x + 8978
def f8979(x):
    return x + 8979
def f8980(x):
    return x + 8980
def f8981(x):
    return x + 8981
def f8982(x):
    return x + 8982
def f8983(x):
    return x + 8983
def f8984(x):
    return x + 8984
def f8985(x):
    return x + 8985
def f8986(x):
    return x + 8986
def f8987(x):
    return x + 8987
def f8988(x):
    return x + 8988
def f8989(x):
    return x + 8989
def f8990(x):
    return x + 8990
def f8991(x):
    return x + 8991
def f8992(x):
    return x + 8992
def f8993(x):
    return x + 8993
def f8994(x):
    return x + 8994
def f8995(x):
    return x + 8995
def f8996(x):
    return x + 8996
def f8997(x):
    return x + 8997
def f8998(x):
    return x + 8998
def f8999(x):
    return x + 8999
def f9000(x):
    return x + 9000
def f9001(x):
    return x + 9001
def f9002(x):
    return x + 9002
def f9003(x):
    return x + 9003
def f9004(x):
    return x + 9004
def f9005(x):
    return x + 9005
def f9006(x):
    return x + 9006
def f9007(x):
    return x + 9007
def f9008(x):
    return x + 9008
def f9009(x):
    return x + 9009
def f9010(x):
    return x + 9010
def f9011(x):
    return x + 9011
def f9012(x):
    return x + 9012
def f9013(x):
    return x + 9013
def f9014(x):
    return x + 9014
def f9015(x):
    return x + 9015
def f9016(x):
    return x + 9016
def f9017(x):
    return x + 9017
def f9018(x):
    return x + 9018
def f9019(x):
    return x + 9019
def f9020(x):
    return x + 9020
def f9021(x):
    return x + 9021
def f9022(x):
    return x + 9022
def f9023(x):
    return x + 9023
def f9024(x):
    return x + 9024
def f9025(x):
    return x + 9025
def f9026(x):
    return x + 9026
def f9027(x):
    return x + 9027
def f9028(x):
    return x + 9028
def f9029(x):
    return x + 9029
def f9030(x):
    return x + 9030
def f9031(x):
    return x + 9031
def f9032(x):
    return x + 9032
def f9033(x):
    return x + 9033
def f9034(x):
    return x + 9034
def f9035(x):
    return x + 9035
def f9036(x):
    return x + 9036
def f9037(x):
    return x + 9037
def f9038(x):
    return x + 9038
def f9039(x):
    return x + 9039
def f9040(x):
    return x + 9040
def f9041(x):
    return x + 9041
def f9042(x):
    return x + 9042
def f9043(x):
    return x + 9043
def f9044(x):
    return x + 9044
def f9045(x):
    return x + 9045
def f9046(x):
    return x + 9046
def f9047(x):
    return x + 9047
def f9048(x):
    return x + 9048
def f9049(x):
    return x + 9049
def f9050(x):
    return x + 9050
def f9051(x):
    return x + 9051
def f9052(x):
    return x + 9052
def f9053(x):
    return x + 9053
def f9054(x):
    return x + 9054
def f9055(x):
    return x + 9055
def f9056(x):
    return x + 9056
def f9057(x):
    return x + 9057
def f9058(x):
    return x + 9058
def f9059(x):
    return x + 9059
def f9060(x):
    return x + 9060
def f9061(x):
    return x + 9061
def f9062(x):
    return x + 9062
def f9063(x):
    return x + 9063
def f9064(x):
    return x + 9064
def f9065(x):
    return x + 9065
def f9066(x):
    return x + 9066
def f9067(x):
    return x + 9067
def f9068(x):
    return x + 9068
def f9069(x):
    return x + 9069
def f9070(x):
    return x + 9070
def f9071(x):
    return x + 9071
def f9072(x):
    return x + 9072
def f9073(x):
    return x + 9073
def f9074(x):
    return x + 9074
def f9075(x):
    return x + 9075
def f9076(x):
    return x + 9076
def f9077(x):
    return x + 9077
def f9078(x):
    return x + 9078
def f9079(x):
    return x + 9079
def f9080(x):
    return x + 9080
def f9081(x):
    return x + 9081
def f9082(x):
    return x + 9082
def f9083(x):
    return x + 9083
def f9084(x):
    return x + 9084
def f9085(x):
    return x + 9085
def f9086(x):
    return x + 9086
def f9087(x):
    return x + 9087
def f9088(x):
    return x + 9088
def f9089(x):
    return x + 9089
def f9090(x):
    return x + 9090
def f9091(x):
    return x + 9091
def f9092(x):
    return x + 9092
def f9093(x):
    return x + 9093
def f9094(x):
    return x + 9094
def f9095(x):
    return x + 9095
def f9096(x):
    return x + 9096
def f9097(x):
    return x + 9097
def f9098(x):
    return x + 9098
def f9099(x):
    return x + 9099
def f9100(x):
    return x + 9100
def f9101(x):
    return x + 9101
def f9102(x):
    return x + 9102
def f9103(x):
    return x + 9103
def f9104(x):
    return x + 9104
def f9105(x):
    return x + 9105
def f9106(x):
    return x + 9106
def f9107(x):
    return x + 9107
def f9108(x):
    return x + 9108
def f9109(x):
    return x + 9109
def f9110(x):
    return x + 9110
def f9111(x):
    return x + 9111
def f9112(x):
    return x + 9112
def f9113(x):
    return x + 9113
def f9114(x):
    return x + 9114
def f9115(x):
    return x + 9115
def f9116(x):
    return x + 9116
def f9117(x):
    return x + 9117
def f9118(x):
    return x + 9118
def f9119(x):
    return x + 9119
def f9120(x):
    return x + 9120
def f9121(x):
    return x + 9121
def f9122(x):
    return x + 9122
def f9123(x):
    return x + 9123
def f9124(x):
    return x + 9124
def f9125(x):
    return x + 9125
def f9126(x):
    return x + 9126
def f9127(x):
    return x + 9127
def f9128(x):
    return x + 9128
def f9129(x):
    return x + 9129
def f9130(x):
    return x + 9130
def f9131(x):
    return x + 9131
def f9132(x):
    return x + 9132
def f9133(x):
    return x + 9133
def f9134(x):
    return x + 9134
def f9135(x):
    return x + 9135
def f9136(x):
    return x + 9136
def f9137(x):
    return x + 9137
def f9138(x):
    return x + 9138
def f9139(x):
    return x + 9139
def f9140(x):
    return x + 9140
def f9141(x):
    return x + 9141
def f9142(x):
    return x + 9142
def f9143(x):
    return x + 9143
def f9144(x):
    return x + 9144
def f9145(x):
    return x + 9145
def f9146(x):
    return x + 9146
def f9147(x):
    return x + 9147
def f9148(x):
    return x + 9148
def f9149(x):
    return x + 9149
def f9150(x):
    return x + 9150
def f9151(x):
    return x + 9151
def f9152(x):
    return x + 9152
def f9153(x):
    return x + 9153
def f9154(x):
    return x + 9154
def f9155(x):
    return x + 9155
def f9156(x):
    return x + 9156
def f9157(x):
    return x + 9157
def f9158(x):
    return x + 9158
def f9159(x):
    return x + 9159
def f9160(x):
    return x + 9160
def f9161(x):
    return x + 9161
def f9162(x):
    return x + 9162
def f9163(x):
    return x + 9163
def f9164(x):
    return x + 9164
def f9165(x):
    return x + 9165
def f9166(x):
    return x + 9166
def f9167(x):
    return x + 9167
def f9168(x):
    return x + 9168
def f9169(x):
    return x + 9169
def f9170(x):
    return x + 9170
def f9171(x):
    return x + 9171
def f9172(x):
    return x + 9172
def f9173(x):
    return x + 9173
def f9174(x):
    return x + 9174
def f9175(x):
    return x + 9175
def f9176(x):
    return x + 9176
def f9177(x):
    return x + 9177
def f9178(x):
    return x + 9178
def f9179(x):
    return x + 9179
def f9180(x):
    return x + 9180
def f9181(x):
    return x + 9181
def f9182(x):
    return x + 9182
def f9183(x):
    return x + 9183
def f9184(x):
    return x + 9184
def f9185(x):
    return x + 9185
def f9186(x):
    return x + 9186
def f9187(x):
    return x + 9187
def f9188(x):
    return x + 9188
def f9189(x):
    return x + 9189
def f9190(x):
    return x + 9190
def f9191(x):
    return x + 9191
def f9192(x):
    return x + 9192
def f9193(x):
    return x + 9193
def f9194(x):
    return x + 9194
def f9195(x):
    return x + 9195
def f9196(x):
    return x + 9196
def f9197(x):
    return x + 9197
def f9198(x):
    return x + 9198
def f9199(x):
    return x + 9199
def f9200(x):
    return x + 9200
def f9201(x):
    return x + 9201
def f9202(x):
    return x + 9202
def f9203(x):
    return x + 9203
def f9204(x):
    return x + 9204
def f9205(x):
    return x + 9205
def f9206(x):
    return x + 9206
def f9207(x):
    return x + 9207
def f9208(x):
    return x + 9208
def f9209(x):
    return x + 9209
def f9210(x):
    return x + 9210
def f9211(x):
    return x + 9211
def f9212(x):
    return x + 9212
def f9213(x):
    return x + 9213
def f9214(x):
    return x + 9214
def f9215(x):
    return x + 9215
def f9216(x):
    return x + 9216
def f9217(x):
    return x + 9217
def f9218(x):
    return x + 9218
def f9219(x):
    return x + 9219
def f9220(x):
    return x + 9220
def f9221(x):
    return x + 9221
def f9222(x):
    return x + 9222
def f9223(x):
    return x + 9223
def f9224(x):
    return x + 9224
def f9225(x):
    return x + 9225
def f9226(x):
    return x + 9226
def f9227(x):
    return x + 9227
def f9228(x):
    return x + 9228
def f9229(x):
    return x + 9229
def f9230(x):
    return x + 9230
def f9231(x):
    return x + 9231
def f9232(x):
    return x + 9232
def f9233(x):
    return x + 9233
def f9234(x):
    return x + 9234
def f9235(x):
    return x + 9235
def f9236(x):
    return x + 9236
def f9237(x):
    return x + 9237
def f9238(x):
    return x + 9238
def f9239(x):
    return x + 9239
def f9240(x):
    return x + 9240
def f9241(x):
    return x + 9241
def f9242(x):
    return x + 9242
def f9243(x):
    return x + 9243
def f9244(x):
    return x + 9244
def f9245(x):
    return x + 9245
def f9246(x):
    return x + 9246
def f9247(x):
    return x + 9247
def f9248(x):
    return x + 9248
def f9249(x):
    return x + 9249
def f9250(x):
    return x + 9250
def f9251(x):
    return x + 9251
def f9252(x):
    return x + 9252
def f9253(x):
    return x + 9253
def f9254(x):
    return x + 9254
def f9255(x):
    return x + 9255
def f9256(x):
    return x + 9256
def f9257(x):
    return x + 9257
def f9258(x):
    return x + 9258
def f9259(x):
    return x + 9259
def f9260(x):
    return x + 9260
def f9261(x):
    return x + 9261
def f9262(x):
    return x + 9262
def f9263(x):
    return x + 9263
def f9264(x):
    return x + 9264
def f9265(x):
    return x + 9265
def f9266(x):
    return x + 9266
def f9267(x):
    return x + 9267
def f9268(x):
    return x + 9268
def f9269(x):
    return x + 9269
def f9270(x):
    return x + 9270
def f9271(x):
    return x + 9271
def f9272(x):
    return x + 9272
def f9273(x):
    return x + 9273
def f9274(x):
    return x + 9274
def f9275(x):
    return x + 9275
def f9276(x):
    return x + 9276
def f9277(x):
    return x + 9277
def f9278(x):
    return x + 9278
def f9279(x):
    return x + 9279
def f9280(x):
    return x + 9280
def f9281(x):
    return x + 9281
def f9282(x):
    return x + 9282
def f9283(x):
    return x + 9283
def f9284(x):
    return x + 9284
def f9285(x):
    return x + 9285
def f9286(x):
    return x + 9286
def f9287(x):
    return x + 9287
def f9288(x):
    return x + 9288
def f9289(x):
    return x + 9289
def f9290(x):
    return x + 9290
def f9291(x):
    return x + 9291
def f9292(x):
    return x + 9292
def f9293(x):
    return x + 9293
def f9294(x):
    return x + 9294
def f9295(x):
    return x + 9295
def f9296(x):
    return x + 9296
def f9297(x):
    return x + 9297
def f9298(x):
    return x + 9298
def f9299(x):
    return x + 9299
def f9300(x):
    return x + 9300
def f9301(x):
    return x + 9301
def f9302(x):
    return x + 9302
def f9303(x):
    return x + 9303
def f9304(x):
    return x + 9304
def f9305(x):
    return x + 9305
def f9306(x):
    return x + 9306
def f9307(x):
    return x + 9307
def f9308(x):
    return x + 9308
def f9309(x):
    return x + 9309
def f9310(x):
    return x + 9310
def f9311(x):
    return x + 9311
def f9312(x):
    return x + 9312
def f9313(x):
    return x + 9313
def f9314(x):
    return x + 9314
def f9315(x):
    return x + 9315
def f9316(x):
    return x + 9316
def f9317(x):
    return x + 9317
def f9318(x):
    return x + 9318
def f9319(x):
    return x + 9319
def f9320(x):
    return x + 9320
def f9321(x):
    return x + 9321
def f9322(x):
    return x + 9322
def f9323(x):
    return x + 9323
def f9324(x):
    return x + 9324
def f9325(x):
    return x + 9325
def f9326(x):
    return x + 9326
def f9327(x):
    return x + 9327
def f9328(x):
    return x + 9328
def f9329(x):
    return x + 9329
def f9330(x):
    return x + 9330
def f9331(x):
    return x + 9331
def f9332(x):
    return x + 9332
def f9333(x):
    return x + 9333
def f9334(x):
    return x + 9334
def f9335(x):
    return x + 9335
def f9336(x):
    return x + 9336
def f9337(x):
    return x + 9337
def f9338(x):
    return x + 9338
def f9339(x):
    return x + 9339
def f9340(x):
    return x + 9340
def f9341(x):
    return x + 9341
def f9342(x):
    return x + 9342
def f9343(x):
    return x + 9343
def f9344(x):
    return x + 9344
def f9345(x):
    return x + 9345
def f9346(x):
    return x + 9346
def f9347(x):
    return x + 9347
def f9348(x):
    return x + 9348
def f9349(x):
    return x + 9349
def f9350(x):
    return x + 9350
def f9351(x):
    return x + 9351
def f9352(x):
    return x + 9352
def f9353(x):
    return x + 9353
def f9354(x):
    return x + 9354
def f9355(x):
    return x + 9355
def f9356(x):
    return x + 9356
def f9357(x):
    return x + 9357
def f9358(x):
    return x + 9358
def f9359(x):
    return x + 9359
def f9360(x):
    return x + 9360
def f9361(x):
    return x + 9361
def f9362(x):
    return x + 9362
def f9363(x):
    return x + 9363
def f9364(x):
    return x + 9364
def f9365(x):
    return x + 9365
def f9366(x):
    return x + 9366
def f9367(x):
    return x + 9367
def f9368(x):
    return x + 9368
def f9369(x):
    return x + 9369
def f9370(x):
    return x + 9370
def f9371(x):
    return x + 9371
def f9372(x):
    return x + 9372
def f9373(x):
    return x + 9373
def f9374(x):
    return x + 9374
def f9375(x):
    return x + 9375
def f9376(x):
    return x + 9376
def f9377(x):
    return x + 9377
def f9378(x):
    return x + 9378
def f9379(x):
    return x + 9379
def f9380(x):
    return x + 9380
def f9381(x):
    return x + 9381
def f9382(x):
    return x + 9382
def f9383(x):
    return x + 9383
def f9384(x):
    return x + 9384
def f9385(x):
    return x + 9385
def f9386(x):
    return x + 9386
def f9387(x):
    return x + 9387
def f9388(x):
    return x + 9388
def f9389(x):
    return x + 9389
def f9390(x):
    return x + 9390
def f9391(x):
    return x + 9391
def f9392(x):
    return x + 9392
def f9393(x):
    return x + 9393
def f9394(x):
    return x + 9394
def f9395(x):
    return x + 9395
def f9396(x):
    return x + 9396
def f9397(x):
    return x + 9397
def f9398(x):
    return x + 9398
def f9399(x):
    return x + 9399
def f9400(x):
    return x + 9400
def f9401(x):
    return x + 9401
def f9402(x):
    return x + 9402
def f9403(x):
    return x + 9403
def f9404(x):
    return x + 9404
def f9405(x):
    return x + 9405
def f9406(x):
    return x + 9406
def f9407(x):
    return x + 9407
def f9408(x):
    return x + 9408
def f9409(x):
    return x + 9409
def f9410(x):
    return x + 9410
def f9411(x):
    return x + 9411
def f9412(x):
    return x + 9412
def f9413(x):
    return x + 9413
def f9414(x):
    return x + 9414
def f9415(x):
    return x + 9415
def f9416(x):
    return x + 9416
def f9417(x):
    return x + 9417
def f9418(x):
    return x + 9418
def f9419(x):
    return x + 9419
def f9420(x):
    return x + 9420
def f9421(x):
    return x + 9421
def f9422(x):
    return x + 9422
def f9423(x):
    return x + 9423
def f9424(x):
    return x + 9424
def f9425(x):
    return x + 9425
def f9426(x):
    return x + 9426
def f9427(x):
    return x + 9427
def f9428(x):
    return x + 9428
def f9429(x):
    return x + 9429
def f9430(x):
    return x + 9430
def f9431(x):
    return x + 9431
def f9432(x):
    return x + 9432
def f9433(x):
    return x + 9433
def f9434(x):
    return x + 9434
def f9435(x):
    return x + 9435
def f9436(x):
    return x + 9436
def f9437(x):
    return x + 9437
def f9438(x):
    return x + 9438
def f9439(x):
    return x + 9439
def f9440(x):
    return x + 9440
def f9441(x):
    return x + 9441
def f9442(x):
    return x + 9442
def f9443(x):
    return x + 9443
def f9444(x):
    return x + 9444
def f9445(x):
    return x + 9445
def f9446(x):
    return x + 9446
def f9447(x):
    return x + 9447
def f9448(x):
    return x + 9448
def f9449(x):
    return x + 9449
def f9450(x):
    return x + 9450
def f9451(x):
    return x + 9451
def f9452(x):
    return x + 9452
def f9453(x):
    return x + 9453
def f9454(x):
    return x + 9454
def f9455(x):
    return x + 9455
def f9456(x):
    return x + 9456
def f9457(x):
    return x + 9457
def f9458(x):
    return x + 9458
def f9459(x):
    return x + 9459
def f9460(x):
    return x + 9460
def f9461(x):
    return x + 9461
def f9462(x):
    return x + 9462
def f9463(x):
    return x + 9463
def f9464(x):
    return x + 9464
def f9465(x):
    return x + 9465
def f9466(x):
    return x + 9466
def f9467(x):
    return x + 9467
def f9468(x):
    return x + 9468
def f9469(x):
    return x + 9469
def f9470(x):
    return x + 9470
def f9471(x):
    return x + 9471
def f9472(x):
    return x + 9472
def f9473(x):
    return x + 9473
def f9474(x):
    return x + 9474
def f9475(x):
    return x + 9475
def f9476(x):
    return x + 9476
def f9477(x):
    return x + 9477
def f9478(x):
    return x + 9478
def f9479(x):
    return x + 9479
def f9480(x):
    return x + 9480
def f9481(x):
    return x + 9481
def f9482(x):
    return x + 9482
def f9483(x):
    return x + 9483
def f9484(x):
    return x + 9484
def f9485(x):
    return x + 9485
def f9486(x):
    return x + 9486
def f9487(x):
    return x + 9487
def f9488(x):
    return x + 9488
def f9489(x):
    return x + 9489
def f9490(x):
    return x + 9490
def f9491(x):
    return x + 9491
def f9492(x):
    return x + 9492
def f9493(x):
    return x + 9493
def f9494(x):
    return x + 9494
def f9495(x):
    return x + 9495
def f9496(x):
    return x + 9496
def f9497(x):
    return x + 9497
def f9498(x):
    return x + 9498
def f9499(x):
    return x + 9499
def f9500(x):
    return x + 9500
def f9501(x):
    return x + 9501
def f9502(x):
    return x + 9502
def f9503(x):
    return x + 9503
def f9504(x):
    return x + 9504
def f9505(x):
    return x + 9505
def f9506(x):
    return x + 9506
def f9507(x):
    return x + 9507
def f9508(x):
    return x + 9508
def f9509(x):
    return x + 9509
def f9510(x):
    return x + 9510
def f9511(x):
    return x + 9511
def f9512(x):
    return x + 9512
def f9513(x):
    return x + 9513
def f9514(x):
    return x + 9514
def f9515(x):
    return x + 9515
def f9516(x):
    return x + 9516
def f9517(x):
    return x + 9517
def f9518(x):
    return x + 9518
def f9519(x):
    return x + 9519
def f9520(x):
    return x + 9520
def f9521(x):
    return x + 9521
def f9522(x):
    return x + 9522
def f9523(x):
    return x + 9523
def f9524(x):
    return x + 9524
def f9525(x):
    return x + 9525
def f9526(x):
    return x + 9526
def f9527(x):
    return x + 9527
def f9528(x):
    return x + 9528
def f9529(x):
    return x + 9529
def f9530(x):
    return x + 9530
def f9531(x):
    return x + 9531
def f9532(x):
    return x + 9532
def f9533(x):
    return x + 9533
def f9534(x):
    return x + 9534
def f9535(x):
    return x + 9535
def f9536(x):
    return x + 9536
def f9537(x):
    return x + 9537
def f9538(x):
    return x + 9538
def f9539(x):
    return x + 9539
def f9540(x):
    return x + 9540
def f9541(x):
    return x + 9541
def f9542(x):
    return x + 9542
def f9543(x):
    return x + 9543
def f9544(x):
    return x + 9544
def f9545(x):
    return x + 9545
def f9546(x):
    return x + 9546
def f9547(x):
    return x + 9547
def f9548(x):
    return x + 9548
def f9549(x):
    return x + 9549
def f9550(x):
    return x + 9550
def f9551(x):
    return x + 9551
def f9552(x):
    return x + 9552
def f9553(x):
    return x + 9553
def f9554(x):
    return x + 9554
def f9555(x):
    return x + 9555
def f9556(x):
    return x + 9556
def f9557(x):
    return x + 9557
def f9558(x):
    return x + 9558
def f9559(x):
    return x + 9559
def f9560(x):
    return x + 9560
def f9561(x):
    return x + 9561
def f9562(x):
    return x + 9562
def f9563(x):
    return x + 9563
def f9564(x):
    return x + 9564
def f9565(x):
    return x + 9565
def f9566(x):
    return x + 9566
def f9567(x):
    return x + 9567
def f9568(x):
    return x + 9568
def f9569(x):
    return x + 9569
def f9570(x):
    return x + 9570
def f9571(x):
    return x + 9571
def f9572(x):
    return x + 9572
def f9573(x):
    return x + 9573
def f9574(x):
    return x + 9574
def f9575(x):
    return x + 9575
def f9576(x):
    return x + 9576
def f9577(x):
    return x + 9577
def f9578(x):
    return x + 9578
def f9579(x):
    return x + 9579
def f9580(x):
    return x + 9580
def f9581(x):
    return x + 9581
def f9582(x):
    return x + 9582
def f9583(x):
    return x + 9583
def f9584(x):
    return x + 9584
def f9585(x):
    return x + 9585
def f9586(x):
    return x + 9586
def f9587(x):
    return x + 9587
def f9588(x):
    return x + 9588
def f9589(x):
    return x + 9589
def f9590(x):
    return x + 9590
def f9591(x):
    return x + 9591
def f9592(x):
    return x + 9592
def f9593(x):
    return x + 9593
def f9594(x):
    return x + 9594
def f9595(x):
    return x + 9595
def f9596(x):
    return x + 9596
def f9597(x):
    return x + 9597
def f9598(x):
    return x + 9598
def f9599(x):
    return x + 9599
def f9600(x):
    return x + 9600
def f9601(x):
    return x + 9601
def f9602(x):
    return x + 9602
def f9603(x):
    return x + 9603
def f9604(x):
    return x + 9604
def f9605(x):
    return x + 9605
def f9606(x):
    return x + 9606
def f9607(x):
    return x + 9607
def f9608(x):
    return x + 9608
def f9609(x):
    return x + 9609
def f9610(x):
    return x + 9610
def f9611(x):
    return x + 9611
def f9612(x):
    return x + 9612
def f9613(x):
    return x + 9613
def f9614(x):
    return x + 9614
def f9615(x):
    return x + 9615
def f9616(x):
    return x + 9616
def f9617(x):
    return x + 9617
def f9618(x):
    return x + 9618
def f9619(x):
    return x + 9619
def f9620(x):
    return x + 9620
def f9621(x):
    return x + 9621
def f9622(x):
    return x + 9622
def f9623(x):
    return x + 9623
def f9624(x):
    return x + 9624
def f9625(x):
    return x + 9625
def f9626(x):
    return x + 9626
def f9627(x):
    return x + 9627
def f9628(x):
    return x + 9628
def f9629(x):
    return x + 9629
def f9630(x):
    return x + 9630
def f9631(x):
    return x + 9631
def f9632(x):
    return x + 9632
def f9633(x):
    return x + 9633
def f9634(x):
    return x + 9634
def f9635(x):
    return x + 9635
def f9636(x):
    return x + 9636
def f9637(x):
    return x + 9637
def f9638(x):
    return x + 9638
def f9639(x):
    return x + 9639
def f9640(x):
    return x + 9640
def f9641(x):
    return x + 9641
def f9642(x):
    return x + 9642
def f9643(x):
    return x + 9643
def f9644(x):
    return x + 9644
def f9645(x):
    return x + 9645
def f9646(x):
    return x + 9646
def f9647(x):
    return x + 9647
def f9648(x):
    return x + 9648
def f9649(x):
    return x + 9649
def f9650(x):
    return x + 9650
def f9651(x):
    return x + 9651
def f9652(x):
    return x + 9652
def f9653(x):
    return x + 9653
def f9654(x):
    return x + 9654
def f9655(x):
    return x + 9655
def f9656(x):
    return x + 9656
def f9657(x):
    return x + 9657
def f9658(x):
    return x + 9658
def f9659(x):
    return x + 9659
def f9660(x):
    return x + 9660
def f9661(x):
    return x + 9661
def f9662(x):
    return x + 9662
def f9663(x):
    return x + 9663
def f9664(x):
    return x + 9664
def f9665(x):
    return x + 9665
def f9666(x):
    return x + 9666
def f9667(x):
    return x + 9667
def f9668(x):
    return x + 9668
def f9669(x):
    return x + 9669
def f9670(x):
    return x + 9670
def f9671(x):
    return x + 9671
def f9672(x):
    return x + 9672
def f9673(x):
    return x + 9673
def f9674(x):
    return x + 9674
def f9675(x):
    return x + 9675
def f9676(x):
    return x + 9676
def f9677(x):
    return x + 9677
def f9678(x):
    return x + 9678
def f9679(x):
    return x + 9679
def f9680(x):
    return x + 9680
def f9681(x):
    return x + 9681
def f9682(x):
    return x + 9682
def f9683(x):
    return x + 9683
def f9684(x):
    return x + 9684
def f9685(x):
    return x + 9685
def f9686(x):
    return x + 9686
def f9687(x):
    return x + 9687
def f9688(x):
    return x + 9688
def f9689(x):
    return x + 9689
def f9690(x):
    return x + 9690
def f9691(x):
    return x + 9691
def f9692(x):
    return x + 9692
def f9693(x):
    return x + 9693
def f9694(x):
    return x + 9694
def f9695(x):
    return x + 9695
def f9696(x):
    return x + 9696
def f9697(x):
    return x + 9697
def f9698(x):
    return x + 9698
def f9699(x):
    return x + 9699
def f9700(x):
    return x + 9700
def f9701(x):
    return x + 9701
def f9702(x):
    return x + 9702
def f9703(x):
    return x + 9703
def f9704(x):
    return x + 9704
def f9705(x):
    return x + 9705
def f9706(x):
    return x + 9706
def f9707(x):
    return x + 9707
def f9708(x):
    return x + 9708
def f9709(x):
    return x + 9709
def f9710(x):
    return x + 9710
def f9711(x):
    return x + 9711
def f9712(x):
    return x + 9712
def f9713(x):
    return x + 9713
def f9714(x):
    return x + 9714
def f9715(x):
    return x + 9715
def f9716(x):
    return x + 9716
def f9717(x):
    return x + 9717
def f9718(x):
    return x + 9718
def f9719(x):
    return x + 9719
def f9720(x):
    return x + 9720
def f9721(x):
    return x + 9721
def f9722(x):
    return x + 9722
def f9723(x):
    return x + 9723
def f9724(x):
    return x + 9724
def f9725(x):
    return x + 9725
def f9726(x):
    return x + 9726
def f9727(x):
    return x + 9727
def f9728(x):
    return x + 9728
def f9729(x):
    return x + 9729
def f9730(x):
    return x + 9730
def f9731(x):
    return x + 9731
def f9732(x):
    return x + 9732
def f9733(x):
    return x + 9733
def f9734(x):
    return x + 9734
def f9735(x):
    return x + 9735
def f9736(x):
    return x + 9736
def f9737(x):
    return x + 9737
def f9738(x):
    return x + 9738
def f9739(x):
    return x + 9739
def f9740(x):
    return x + 9740
def f9741(x):
    return x + 9741
def f9742(x):
    return x + 9742
def f9743(x):
    return x + 9743
def f9744(x):
    return x + 9744
def f9745(x):
    return x + 9745
def f9746(x):
    return x + 9746
def f9747(x):
    return x + 9747
def f9748(x):
    return x + 9748
def f9749(x):
    return x + 9749
def f9750(x):
    return x + 9750
def f9751(x):
    return x + 9751
def f9752(x):
    return x + 9752
def f9753(x):
    return x + 9753
def f9754(x):
    return x + 9754
def f9755(x):
    return x + 9755
def f9756(x):
    return x + 9756
def f9757(x):
    return x + 9757
def f9758(x):
    return x + 9758
def f9759(x):
    return x + 9759
def f9760(x):
    return x + 9760
def f9761(x):
    return x + 9761
def f9762(x):
    return x + 9762
def f9763(x):
    return x + 9763
def f9764(x):
    return x + 9764
def f9765(x):
    return x + 9765
def f9766(x):
    return x + 9766
def f9767(x):
    return x + 9767
def f9768(x):
    return x + 9768
def f9769(x):
    return x + 9769
def f9770(x):
    return x + 9770
def f9771(x):
    return x + 9771
def f9772(x):
    return x + 9772
def f9773(x):
    return x + 9773
def f9774(x):
    return x + 9774
def f9775(x):
    return x + 9775
def f9776(x):
    return x + 9776
def f9777(x):
    return x + 9777
def f9778(x):
    return x + 9778
def f9779(x):
    return x + 9779
def f9780(x):
    return x + 9780
def f9781(x):
    return x + 9781
def f9782(x):
    return x + 9782
def f9783(x):
    return x + 9783
def f9784(x):
    return x + 9784
def f9785(x):
    return x + 9785
def f9786(x):
    return x + 9786
def f9787(x):
    return x + 9787
def f9788(x):
    return x + 9788
def f9789(x):
    return x + 9789
def f9790(x):
    return x + 9790
def f9791(x):
    return x + 9791
def f9792(x):
    return x + 9792
def f9793(x):
    return x + 9793
def f9794(x):
    return x + 9794
def f9795(x):
    return x + 9795
def f9796(x):
    return x + 9796
def f9797(x):
    return x + 9797
def f9798(x):
    return x + 9798
def f9799(x):
    return x + 9799
def f9800(x):
    return x + 9800
def f9801(x):
    return x + 9801
def f9802(x):
    return x + 9802
def f9803(x):
    return x + 9803
def f9804(x):
    return x + 9804
def f9805(x):
    return x + 9805
def f9806(x):
    return x + 9806
def f9807(x):
    return x + 9807
def f9808(x):
    return x + 9808
def f9809(x):
    return x + 9809
def f9810(x):
    return x + 9810
def f9811(x):
    return x + 9811
def f9812(x):
    return x + 9812
def f9813(x):
    return x + 9813
def f9814(x):
    return x + 9814
def f9815(x):
    return x + 9815
def f9816(x):
    return x + 9816
def f9817(x):
    return x + 9817
def f9818(x):
    return x + 9818
def f9819(x):
    return x + 9819
def f9820(x):
    return x + 9820
def f9821(x):
    return x + 9821
def f9822(x):
    return x + 9822
def f9823(x):
    return x + 9823
def f9824(x):
    return x + 9824
def f9825(x):
    return x + 9825
def f9826(x):
    return x + 9826
def f9827(x):
    return x + 9827
def f9828(x):
    return x + 9828
def f9829(x):
    return x + 9829
def f9830(x):
    return x + 9830
def f9831(x):
    return x + 9831
def f9832(x):
    return x + 9832
def f9833(x):
    return x + 9833
def f9834(x):
    return x + 9834
def f9835(x):
    return x + 9835
def f9836(x):
    return x + 9836
def f9837(x):
    return x + 9837
def f9838(x):
    return x + 9838
def f9839(x):
    return x + 9839
def f9840(x):
    return x + 9840
def f9841(x):
    return x + 9841
def f9842(x):
    return x + 9842
def f9843(x):
    return x + 9843
def f9844(x):
    return x + 9844
def f9845(x):
    return x + 9845
def f9846(x):
    return x + 9846
def f9847(x):
    return x + 9847
def f9848(x):
    return x + 9848
def f9849(x):
    return x + 9849
def f9850(x):
    return x + 9850
def f9851(x):
    return x + 9851
def f9852(x):
    return x + 9852
def f9853(x):
    return x + 9853
def f9854(x):
    return x + 9854
def f9855(x):
    return x + 9855
def f9856(x):
    return x + 9856
def f9857(x):
    return x + 9857
def f9858(x):
    return x + 9858
def f9859(x):
    return x + 9859
def f9860(x):
    return x + 9860
def f9861(x):
    return x + 9861
def f9862(x):
    return x + 9862
def f9863(x):
    return x + 9863
def f9864(x):
    return x + 9864
def f9865(x):
    return x + 9865
def f9866(x):
    return x + 9866
def f9867(x):
    return x + 9867
def f9868(x):
    return x + 9868
def f9869(x):
    return x + 9869
def f9870(x):
    return x + 9870
def f9871(x):
    return x + 9871
def f9872(x):
    return x + 9872
def f9873(x):
    return x + 9873
def f9874(x):
    return x + 9874
def f9875(x):
    return x + 9875
def f9876(x):
    return x + 9876
def f9877(x):
    return x + 9877
def f9878(x):
    return x + 9878
def f9879(x):
    return x + 9879
def f9880(x):
    return x + 9880
def f9881(x):
    return x + 9881
def f9882(x):
    return x + 9882
def f9883(x):
    return x + 9883
def f9884(x):
    return x + 9884
def f9885(x):
    return x + 9885
def f9886(x):
    return x + 9886
def f9887(x):
    return x + 9887
def f9888(x):
    return x + 9888
def f9889(x):
    return x + 9889
def f9890(x):
    return x + 9890
def f9891(x):
    return x + 9891
def f9892(x):
    return x + 9892
def f9893(x):
    return x + 9893
def f9894(x):
    return x + 9894
def f9895(x):
    return x + 9895
def f9896(x):
    return x + 9896
def f9897(x):
    return x + 9897
def f9898(x):
    return x + 9898
def f9899(x):
    return x + 9899
def f9900(x):
    return x + 9900
def f9901(x):
    return x + 9901
def f9902(x):
    return x + 9902
def f9903(x):
    return x + 9903
def f9904(x):
    return x + 9904
def f9905(x):
    return x + 9905
def f9906(x):
    return x + 9906
def f9907(x):
    return x + 9907
def f9908(x):
    return x + 9908
def f9909(x):
    return x + 9909
def f9910(x):
    return x + 9910
def f9911(x):
    return x + 9911
def f9912(x):
    return x + 9912
def f9913(x):
    return x + 9913
def f9914(x):
    return x + 9914
def f9915(x):
    return x + 9915
def f9916(x):
    return x + 9916
def f9917(x):
    return x + 9917
def f9918(x):
    return x + 9918
def f9919(x):
    return x + 9919
def f9920(x):
    return x + 9920
def f9921(x):
    return x + 9921
def f9922(x):
    return x + 9922
def f9923(x):
    return x + 9923
def f9924(x):
    return x + 9924
def f9925(x):
    return x + 9925
def f9926(x):
    return x + 9926
def f9927(x):
    return x + 9927
def f9928(x):
    return x + 9928
def f9929(x):
    return x + 9929
def f9930(x):
    return x + 9930
def f9931(x):
    return x + 9931
def f9932(x):
    return x + 9932
def f9933(x):
    return x + 9933
def f9934(x):
    return x + 9934
def f9935(x):
    return x + 9935
def f9936(x):
    return x + 9936
def f9937(x):
    return x + 9937
def f9938(x):
    return x + 9938
def f9939(x):
    return x + 9939
def f9940(x):
    return x + 9940
def f9941(x):
    return x + 9941
def f9942(x):
    return x + 9942
def f9943(x):
    return x + 9943
def f9944(x):
    return x + 9944
def f9945(x):
    return x + 9945
def f9946(x):
    return x + 9946
def f9947(x):
    return x + 9947
def f9948(x):
    return x + 9948
def f9949(x):
    return x + 9949
def f9950(x):
    return x + 9950
def f9951(x):
    return x + 9951
def f9952(x):
    return x + 9952
def f9953(x):
    return x + 9953
def f9954(x):
    return x + 9954
def f9955(x):
    return x + 9955
def f9956(x):
    return x + 9956
def f9957(x):
    return x + 9957
def f9958(x):
    return x + 9958
def f9959(x):
    return x + 9959
def f9960(x):
    return x + 9960
def f9961(x):
    return x + 9961
def f9962(x):
    return x + 9962
def f9963(x):
    return x + 9963
def f9964(x):
    return x + 9964
def f9965(x):
    return x + 9965
def f9966(x):
    return x + 9966
def f9967(x):
    return x + 9967
def f9968(x):
    return x + 9968
def f9969(x):
    return x + 9969
def f9970(x):
    return x + 9970
def f9971(x):
    return x + 9971
def f9972(x):
    return x + 9972
def f9973(x):
    return x + 9973
def f9974(x):
    return x + 9974
def f9975(x):
    return x + 9975
def f9976(x):
    return x + 9976
def f9977(x):
    return x + 9977
def f9978(x):
    return x + 9978
def f9979(x):
    return x + 9979
def f9980(x):
    return x + 9980
def f9981(x):
    return x + 9981
def f9982(x):
    return x + 9982
def f9983(x):
    return x + 9983
def f9984(x):
    return x + 9984
def f9985(x):
    return x + 9985
def f9986(x):
    return x + 9986
def f9987(x):
    return x + 9987
def f9988(x):
    return x + 9988
def f9989(x):
    return x + 9989
def f9990(x):
    return x + 9990
def f9991(x):
    return x + 9991
def f9992(x):
    return x + 9992
def f9993(x):
    return x + 9993
def f9994(x):
    return x + 9994
def f9995(x):
    return x + 9995
def f9996(x):
    return x + 9996
def f9997(x):
    return x + 9997
def f9998(x):
    return x + 9998
def f9999(x):
    return x + 9999
def f10000(x):
    return x + 10000
def f10001(x):
    return x + 10001
def f10002(x):
    return x + 10002
def f10003(x):
    return x + 10003
def f10004(x):
    return x + 10004
def f10005(x):
    return x + 10005
def f10006(x):
    return x + 10006
def f10007(x):
    return x + 10007
def f10008(x):
    return x + 10008
def f10009(x):
    return x + 10009
def f10010(x):
    return x + 10010
def f10011(x):
    return x + 10011
def f10012(x):
    return x + 10012
def f10013(x):
    return x + 10013
def f10014(x):
    return x + 10014
def f10015(x):
    return x + 10015
def f10016(x):
    return x + 10016
def f10017(x):
    return x + 10017
def f10018(x):
    return x + 10018
def f10019(x):
    return x + 10019
def f10020(x):
    return x + 10020
def f10021(x):
    return x + 10021
def f10022(x):
    return x + 10022
def f10023(x):
    return x + 10023
def f10024(x):
    return x + 10024
def f10025(x):
    return x + 10025
def f10026(x):
    return x + 10026
def f10027(x):
    return x + 10027
def f10028(x):
    return x + 10028
def f10029(x):
    return x + 10029
def f10030(x):
    return x + 10030
def f10031(x):
    return x + 10031
def f10032(x):
    return x + 10032
def f10033(x):
    return x + 10033
def f10034(x):
    return x + 10034
def f10035(x):
    return x + 10035
def f10036(x):
    return x + 10036
def f10037(x):
    return x + 10037
def f10038(x):
    return x + 10038
def f10039(x):
    return x + 10039
def f10040(x):
    return x + 10040
def f10041(x):
    return x + 10041
def f10042(x):
    return x + 10042
def f10043(x):
    return x + 10043
def f10044(x):
    return x + 10044
def f10045(x):
    return x + 10045
def f10046(x):
    return x + 10046
def f10047(x):
    return x + 10047
def f10048(x):
    return x + 10048
def f10049(x):
    return x + 10049
def f10050(x):
    return x + 10050
def f10051(x):
    return x + 10051
def f10052(x):
    return x + 10052
def f10053(x):
    return x + 10053
def f10054(x):
    return x + 10054
def f10055(x):
    return x + 10055
def f10056(x):
    return x + 10056
def f10057(x):
    return x + 10057
def f10058(x):
    return x + 10058
def f10059(x):
    return x + 10059
def f10060(x):
    return x + 10060
def f10061(x):
    return x + 10061
def f10062(x):
    return x + 10062
def f10063(x):
    return x + 10063
def f10064(x):
    return x + 10064
def f10065(x):
    return x + 10065
def f10066(x):
    return x + 10066
def f10067(x):
    return x + 10067
def f10068(x):
    return x + 10068
def f10069(x):
    return x + 10069
def f10070(x):
    return x + 10070
def f10071(x):
    return x + 10071
def f10072(x):
    return x + 10072
def f10073(x):
    return x + 10073
def f10074(x):
    return x + 10074
def f10075(x):
    return x + 10075
def f10076(x):
    return x + 10076
def f10077(x):
    return x + 10077
def f10078(x):
    return x + 10078
def f10079(x):
    return x + 10079
def f10080(x):
    return x + 10080
def f10081(x):
    return x + 10081
def f10082(x):
    return x + 10082
def f10083(x):
    return x + 10083
def f10084(x):
    return x + 10084
def f10085(x):
    return x + 10085
def f10086(x):
    return x + 10086
def f10087(x):
    return x + 10087
def f10088(x):
    return x + 10088
def f10089(x):
    return x + 10089
def f10090(x):
    return x + 10090
def f10091(x):
    return x + 10091
def f10092(x):
    return x + 10092
def f10093(x):
    return x + 10093
def f10094(x):
    return x + 10094
def f10095(x):
    return x + 10095
def f10096(x):
    return x + 10096
def f10097(x):
    return x + 10097
def f10098(x):
    return x + 10098
def f10099(x):
    return x + 10099
def f10100(x):
    return x + 10100
def f10101(x):
    return x + 10101
def f10102(x):
    return x + 10102
def f10103(x):
    return x + 10103
def f10104(x):
    return x + 10104
def f10105(x):
    return x + 10105
def f10106(x):
    return x + 10106
def f10107(x):
    return x + 10107
def f10108(x):
    return x + 10108
def f10109(x):
    return x + 10109
def f10110(x):
    return x + 10110
def f10111(x):
    return x + 10111
def f10112(x):
    return x + 10112
def f10113(x):
    return x + 10113
def f10114(x):
    return x + 10114
def f10115(x):
    return x + 10115
def f10116(x):
    return x + 10116
def f10117(x):
    return x + 10117
def f10118(x):
    return x + 10118
def f10119(x):
    return x + 10119
def f10120(x):
    return x + 10120
def f10121(x):
    return x + 10121
def f10122(x):
    return x + 10122
def f10123(x):
    return x + 10123
def f10124(x):
    return x + 10124
def f10125(x):
    return x + 10125
def f10126(x):
    return x + 10126
def f10127(x):
    return x + 10127
def f10128(x):
    return x + 10128
def f10129(x):
    return x + 10129
def f10130(x):
    return x + 10130
def f10131(x):
    return x + 10131
def f10132(x):
    return x + 10132
def f10133(x):
    return x + 10133
def f10134(x):
    return x + 10134
def f10135(x):
    return x + 10135
def f10136(x):
    return x + 10136
def f10137(x):
    return x + 10137
def f10138(x):
    return x + 10138
def f10139(x):
    return x + 10139
def f10140(x):
    return x + 10140
def f10141(x):
    return x + 10141
def f10142(x):
    return x + 10142
def f10143(x):
    return x + 10143
def f10144(x):
    return x + 10144
def f10145(x):
    return x + 10145
def f10146(x):
    return x + 10146
def f10147(x):
    return x + 10147
def f10148(x):
    return x + 10148
def f10149(x):
    return x + 10149
def f10150(x):
    return x + 10150
def f10151(x):
    return x + 10151
def f10152(x):
    return x + 10152
def f10153(x):
    return x + 10153
def f10154(x):
    return x + 10154
def f10155(x):
    return x + 10155
def f10156(x):
    return x + 10156
def f10157(x):
    return x + 10157
def f10158(x):
    return x + 10158
def f10159(x):
    return x + 10159
def f10160(x):
    return x + 10160
def f10161(x):
    return x + 10161
def f10162(x):
    return x + 10162
def f10163(x):
    return x + 10163
def f10164(x):
    return x + 10164
def f10165(x):
    return x + 10165
def f10166(x):
    return x + 10166
def f10167(x):
    return x + 10167
def f10168(x):
    return x + 10168
def f10169(x):
    return x + 10169
def f10170(x):
    return x + 10170
def f10171(x):
    return x + 10171
def f10172(x):
    return x + 10172
def f10173(x):
    return x + 10173
def f10174(x):
    return x + 10174
def f10175(x):
    return x + 10175
def f10176(x):
    return x + 10176
def f10177(x):
    return x + 10177
def f10178(x):
    return x + 10178
def f10179(x):
    return x + 10179
def f10180(x):
    return x + 10180
def f10181(x):
    return x + 10181
def f10182(x):
    return x + 10182
def f10183(x):
    return x + 10183
def f10184(x):
    return x + 10184
def f10185(x):
    return x + 10185
def f10186(x):
    return x + 10186
def f10187(x):
    return x + 10187
def f10188(x):
    return x + 10188
def f10189(x):
    return x + 10189
def f10190(x):
    return x + 10190
def f10191(x):
    return x + 10191
def f10192(x):
    return x + 10192
def f10193(x):
    return x + 10193
def f10194(x):
    return x + 10194
def f10195(x):
    return x + 10195
def f10196(x):
    return x + 10196
def f10197(x):
    return x + 10197
def f10198(x):
    return x + 10198
def f10199(x):
    return x + 10199
def f10200(x):
    return x + 10200
def f10201(x):
    return x + 10201
def f10202(x):
    return x + 10202
def f10203(x):
    return x + 10203
def f10204(x):
    return x + 10204
def f10205(x):
    return x + 10205
def f10206(x):
    return x + 10206
def f10207(x):
    return x + 10207
def f10208(x):
    return x + 10208
def f10209(x):
    return x + 10209
def f10210(x):
    return x + 10210
def f10211(x):
    return x + 10211
def f10212(x):
    return x + 10212
def f10213(x):
    return x + 10213
def f10214(x):
    return x + 10214
def f10215(x):
    return x + 10215
def f10216(x):
    return x + 10216
def f10217(x):
    return x + 10217
def f10218(x):
    return x + 10218
def f10219(x):
    return x + 10219
def f10220(x):
    return x + 10220
def f10221(x):
    return x + 10221
def f10222(x):
    return x + 10222
def f10223(x):
    return x + 10223
def f10224(x):
    return x + 10224
def f10225(x):
    return x + 10225
def f10226(x):
    return x + 10226
def f10227(x):
    return x + 10227
def f10228(x):
    return x + 10228
def f10229(x):
    return x + 10229
def f10230(x):
    return x + 10230
def f10231(x):
    return x + 10231
def f10232(x):
    return x + 10232
def f10233(x):
    return x + 10233
def f10234(x):
    return x + 10234
def f10235(x):
    return x + 10235
def f10236(x):
    return x + 10236
def f10237(x):
    return x + 10237
def f10238(x):
    return x + 10238
def f10239(x):
    return x + 10239
def f10240(x):
    return x + 10240
def f10241(x):
    return x + 10241
def f10242(x):
    return x + 10242
def f10243(x):
    return x + 10243
def f10244(x):
    return x + 10244
def f10245(x):
    return x + 10245
def f10246(x):
    return x + 10246
def f10247(x):
    return x + 10247
def f10248(x):
    return x + 10248
def f10249(x):
    return x + 10249
def f10250(x):
    return x + 10250
def f10251(x):
    return x + 10251
def f10252(x):
    return x + 10252
def f10253(x):
    return x + 10253
def f10254(x):
    return x + 10254
def f10255(x):
    return x + 10255
def f10256(x):
    return x + 10256
def f10257(x):
    return x + 10257
def f10258(x):
    return x + 10258
def f10259(x):
    return x + 10259
def f10260(x):
    return x + 10260
def f10261(x):
    return x + 10261
def f10262(x):
    return x + 10262
def f10263(x):
    return x + 10263
def f10264(x):
    return x + 10264
def f10265(x):
    return x + 10265
def f10266(x):
    return x + 10266
def f10267(x):
    return x + 10267
def f10268(x):
    return x + 10268
def f10269(x):
    return x + 10269
def f10270(x):
    return x + 10270
def f10271(x):
    return x + 10271
def f10272(x):
    return x + 10272
def f10273(x):
    return x + 10273
def f10274(x):
    return x + 10274
def f10275(x):
    return x + 10275
def f10276(x):
    return x + 10276
def f10277(x):
    return x + 10277
def f10278(x):
    return x + 10278
def f10279(x):
    return x + 10279
def f10280(x):
    return x + 10280
def f10281(x):
    return x + 10281
def f10282(x):
    return x + 10282
def f10283(x):
    return x + 10283
def f10284(x):
    return x + 10284
def f10285(x):
    return x + 10285
def f10286(x):
    return x + 10286
def f10287(x):
    return x + 10287
def f10288(x):
    return x + 10288
def f10289(x):
    return x + 10289
def f10290(x):
    return x + 10290
def f10291(x):
    return x + 10291
def f10292(x):
    return x + 10292
def f10293(x):
    return x + 10293
def f10294(x):
    return x + 10294
def f10295(x):
    return x + 10295
def f10296(x):
    return x + 10296
def f10297(x):
    return x + 10297
def f10298(x):
    return x + 10298
def f10299(x):
    return x + 10299
def f10300(x):
    return x + 10300
def f10301(x):
    return x + 10301
def f10302(x):
    return x + 10302
def f10303(x):
    return x + 10303
def f10304(x):
    return x + 10304
def f10305(x):
    return x + 10305
def f10306(x):
    return x + 10306
def f10307(x):
    return x + 10307
def f10308(x):
    return x + 10308
def f10309(x):
    return x + 10309
def f10310(x):
    return x + 10310
def f10311(x):
    return x + 10311
def f10312(x):
    return x + 10312
def f10313(x):
    return x + 10313
def f10314(x):
    return x + 10314
def f10315(x):
    return x + 10315
def f10316(x):
    return x + 10316
def f10317(x):
    return x + 10317
def f10318(x):
    return x + 10318
def f10319(x):
    return x + 10319
def f10320(x):
    return x + 10320
def f10321(x):
    return x + 10321
def f10322(x):
    return x + 10322
def f10323(x):
    return x + 10323
def f10324(x):
    return x + 10324
def f10325(x):
    return x + 10325
def f10326(x):
    return x + 10326
def f10327(x):
    return x + 10327
def f10328(x):
    return x + 10328
def f10329(x):
    return x + 10329
def f10330(x):
    return x + 10330
def f10331(x):
    return x + 10331
def f10332(x):
    return x + 10332
def f10333(x):
    return x + 10333
def f10334(x):
    return x + 10334
def f10335(x):
    return x + 10335
def f10336(x):
    return x + 10336
def f10337(x):
    return x + 10337
def f10338(x):
    return x + 10338
def f10339(x):
    return x + 10339
def f10340(x):
    return x + 10340
def f10341(x):
    return x + 10341
def f10342(x):
    return x + 10342
def f10343(x):
    return x + 10343
def f10344(x):
    return x + 10344
def f10345(x):
    return x + 10345
def f10346(x):
    return x + 10346
def f10347(x):
    return x + 10347
def f10348(x):
    return x + 10348
def f10349(x):
    return x + 10349
def f10350(x):
    return x + 10350
def f10351(x):
    return x + 10351
def f10352(x):
    return x + 10352
def f10353(x):
    return x + 10353
def f10354(x):
    return x + 10354
def f10355(x):
    return x + 10355
def f10356(x):
    return x + 10356
def f10357(x):
    return x + 10357
def f10358(x):
    return x + 10358
def f10359(x):
    return x + 10359
def f10360(x):
    return x + 10360
def f10361(x):
    return x + 10361
def f10362(x):
    return x + 10362
def f10363(x):
    return x + 10363
def f10364(x):
    return x + 10364
def f10365(x):
    return x + 10365
def f10366(x):
    return x + 10366
def f10367(x):
    return x + 10367
def f10368(x):
    return x + 10368
def f10369(x):
    return x + 10369
def f10370(x):
    return x + 10370
def f10371(x):
    return x + 10371
def f10372(x):
    return x + 10372
def f10373(x):
    return x + 10373
def f10374(x):
    return x + 10374
def f10375(x):
    return x + 10375
def f10376(x):
    return x + 10376
def f10377(x):
    return x + 10377
def f10378(x):
    return x + 10378
def f10379(x):
    return x + 10379
def f10380(x):
    return x + 10380
def f10381(x):
    return x + 10381
def f10382(x):
    return x + 10382
def f10383(x):
    return x + 10383
def f10384(x):
    return x + 10384
def f10385(x):
    return x + 10385
def f10386(x):
    return x + 10386
def f10387(x):
    return x + 10387
def f10388(x):
    return x + 10388
def f10389(x):
    return x + 10389
def f10390(x):
    return x + 10390
def f10391(x):
    return x + 10391
def f10392(x):
    return x + 10392
def f10393(x):
    return x + 10393
def f10394(x):
    return x + 10394
def f10395(x):
    return x + 10395
def f10396(x):
    return x + 10396
def f10397(x):
    return x + 10397
def f10398(x):
    return x + 10398
def f10399(x):
    return x + 10399
def f10400(x):
    return x + 10400
def f10401(x):
    return x + 10401
def f10402(x):
    return x + 10402
def f10403(x):
    return x + 10403
def f10404(x):
    return x + 10404
def f10405(x):
    return x + 10405
def f10406(x):
    return x + 10406
def f10407(x):
    return x + 10407
def f10408(x):
    return x + 10408
def f10409(x):
    return x + 10409
def f10410(x):
    return x + 10410
def f10411(x):
    return x + 10411
def f10412(x):
    return x + 10412
def f10413(x):
    return x + 10413
def f10414(x):
    return x + 10414
def f10415(x):
    return x + 10415
def f10416(x):
    return x + 10416
def f10417(x):
    return x + 10417
def f10418(x):
    return x + 10418
def f10419(x):
    return x + 10419
def f10420(x):
    return x + 10420
def f10421(x):
    return x + 10421
def f10422(x):
    return x + 10422
def f10423(x):
    return x + 10423
def f10424(x):
    return x + 10424
def f10425(x):
    return x + 10425
def f10426(x):
    return x + 10426
def f10427(x):
    return x + 10427
def f10428(x):
    return x + 10428
def f10429(x):
    return x + 10429
def f10430(x):
    return x + 10430
def f10431(x):
    return x + 10431
def f10432(x):
    return x + 10432
def f10433(x):
    return x + 10433
def f10434(x):
    return x + 10434
def f10435(x):
    return x + 10435
def f10436(x):
    return x + 10436
def f10437(x):
    return x + 10437
def f10438(x):
    return x + 10438
def f10439(x):
    return x + 10439
def f10440(x):
    return x + 10440
def f10441(x):
    return x + 10441
def f10442(x):
    return x + 10442
def f10443(x):
    return x + 10443
def f10444(x):
    return x + 10444
def f10445(x):
    return x + 10445
def f10446(x):
    return x + 10446
def f10447(x):
    return x + 10447
def f10448(x):
    return x + 10448
def f10449(x):
    return x + 10449
def f10450(x):
    return x + 10450
def f10451(x):
    return x + 10451
def f10452(x):
    return x + 10452
def f10453(x):
    return x + 10453
def f10454(x):
    return x + 10454
def f10455(x):
    return x + 10455
def f10456(x):
    return x + 10456
def f10457(x):
    return x + 10457
def f10458(x):
    return x + 10458
def f10459(x):
    return x + 10459
def f10460(x):
    return x + 10460
def f10461(x):
    return x + 10461
def f10462(x):
    return x + 10462
def f10463(x):
    return x + 10463
def f10464(x):
    return x + 10464
def f10465(x):
    return x + 10465
def f10466(x):
    return x + 10466
def f10467(x):
    return x + 10467
def f10468(x):
    return x + 10468
def f10469(x):
    return x + 10469
def f10470(x):
    return x + 10470
def f10471(x):
    return x + 10471
def f10472(x):
    return x + 10472
def f10473(x):
    return x + 10473
def f10474(x):
    return x + 10474
def f10475(x):
    return x + 10475
def f10476(x):
    return x + 10476
def f10477(x):
    return x + 10477
def f10478(x):
    return x + 10478
def f10479(x):
    return x + 10479
def f10480(x):
    return x + 10480
def f10481(x):
    return x + 10481
def f10482(x):
    return x + 10482
def f10483(x):
    return x + 10483
def f10484(x):
    return x + 10484
def f10485(x):
    return x + 10485
def f10486(x):
    return x + 10486
def f10487(x):
    return x + 10487
def f10488(x):
    return x + 10488
def f10489(x):
    return x + 10489
def f10490(x):
    return x + 10490
def f10491(x):
    return x + 10491
def f10492(x):
    return x + 10492
def f10493(x):
    return x + 10493
def f10494(x):
    return x + 10494
def f10495(x):
    return x + 10495
def f10496(x):
    return x + 10496
def f10497(x):
    return x + 10497
def f10498(x):
    return x + 10498
def f10499(x):
    return x + 10499
def f10500(x):
    return x + 10500
def f10501(x):
    return x + 10501
def f10502(x):
    return x + 10502
def f10503(x):
    return x + 10503
def f10504(x):
    return x + 10504
def f10505(x):
    return x + 10505
def f10506(x):
    return x + 10506
def f10507(x):
    return x + 10507
def f10508(x):
    return x + 10508
def f10509(x):
    return x + 10509
def f10510(x):
    return x + 10510
def f10511(x):
    return x + 10511
def f10512(x):
    return x + 10512
def f10513(x):
    return x + 10513
def f10514(x):
    return x + 10514
def f10515(x):
    return x + 10515
def f10516(x):
    return x + 10516
def f10517(x):
    return x + 10517
def f10518(x):
    return x + 10518
def f10519(x):
    return x + 10519
def f10520(x):
    return x + 10520
def f10521(x):
    return x + 10521
def f10522(x):
    return x + 10522
def f10523(x):
    return x + 10523
def f10524(x):
    return x + 10524
def f10525(x):
    return x + 10525
def f10526(x):
    return x + 10526
def f10527(x):
    return x + 10527
def f10528(x):
    return x + 10528
def f10529(x):
    return x + 10529
def f10530(x):
    return x + 10530
def f10531(x):
    return x + 10531
def f10532(x):
    return x + 10532
def f10533(x):
    return x + 10533
def f10534(x):
    return x + 10534
def f10535(x):
    return x + 10535
def f10536(x):
    return x + 10536
def f10537(x):
    return x + 10537
def f10538(x):
    return x + 10538
def f10539(x):
    return x + 10539
def f10540(x):
    return x + 10540
def f10541(x):
    return x + 10541
def f10542(x):
    return x + 10542
def f10543(x):
    return x + 10543
def f10544(x):
    return x + 10544
def f10545(x):
    return x + 10545
def f10546(x):
    return x + 10546
def f10547(x):
    return x + 10547
def f10548(x):
    return x + 10548
def f10549(x):
    return x + 10549
def f10550(x):
    return x + 10550
def f10551(x):
    return x + 10551
def f10552(x):
    return x + 10552
def f10553(x):
    return x + 10553
def f10554(x):
    return x + 10554
def f10555(x):
    return x + 10555
def f10556(x):
    return x + 10556
def f10557(x):
    return x + 10557
def f10558(x):
    return x + 10558
def f10559(x):
    return x + 10559
def f10560(x):
    return x + 10560
def f10561(x):
    return x + 10561
def f10562(x):
    return x + 10562
def f10563(x):
    return x + 10563
def f10564(x):
    return x + 10564
def f10565(x):
    return x + 10565
def f10566(x):
    return x + 10566
def f10567(x):
    return x + 10567
def f10568(x):
    return x + 10568
def f10569(x):
    return x + 10569
def f10570(x):
    return x + 10570
def f10571(x):
    return x + 10571
def f10572(x):
    return x + 10572
def f10573(x):
    return x + 10573
def f10574(x):
    return x + 10574
def f10575(x):
    return x + 10575
def f10576(x):
    return x + 10576
def f10577(x):
    return x + 10577
def f10578(x):
    return x + 10578
def f10579(x):
    return x + 10579
def f10580(x):
    return x + 10580
def f10581(x):
    return x + 10581
def f10582(x):
    return x + 10582
def f10583(x):
    return x + 10583
def f10584(x):
    return x + 10584
def f10585(x):
    return x + 10585
def f10586(x):
    return x + 10586
def f10587(x):
    return x + 10587
def f10588(x):
    return x + 10588
def f10589(x):
    return x + 10589
def f10590(x):
    return x + 10590
def f10591(x):
    return x + 10591
def f10592(x):
    return x + 10592
def f10593(x):
    return x + 10593
def f10594(x):
    return x + 10594
def f10595(x):
    return x + 10595
def f10596(x):
    return x + 10596
def f10597(x):
    return x + 10597
def f10598(x):
    return x + 10598
def f10599(x):
    return x + 10599
def f10600(x):
    return x + 10600
def f10601(x):
    return x + 10601
def f10602(x):
    return x + 10602
def f10603(x):
    return x + 10603
def f10604(x):
    return x + 10604
def f10605(x):
    return x + 10605
def f10606(x):
    return x + 10606
def f10607(x):
    return x + 10607
def f10608(x):
    return x + 10608
def f10609(x):
    return x + 10609
def f10610(x):
    return x + 10610
def f10611(x):
    return x + 10611
def f10612(x):
    return x + 10612
def f10613(x):
    return x + 10613
def f10614(x):
    return x + 10614
def f10615(x):
    return x + 10615
def f10616(x):
    return x + 10616
def f10617(x):
    return x + 10617
def f10618(x):
    return x + 10618
def f10619(x):
    return x + 10619
def f10620(x):
    return x + 10620
def f10621(x):
    return x + 10621
def f10622(x):
    return x + 10622
def f10623(x):
    return x + 10623
def f10624(x):
    return x + 10624
def f10625(x):
    return x + 10625
def f10626(x):
    return x + 10626
def f10627(x):
    return x + 10627
def f10628(x):
    return x + 10628
def f10629(x):
    return x + 10629
def f10630(x):
    return x + 10630
def f10631(x):
    return x + 10631
def f10632(x):
    return x + 10632
def f10633(x):
    return x + 10633
def f10634(x):
    return x + 10634
def f10635(x):
    return x + 10635
def f10636(x):
    return x + 10636
def f10637(x):
    return x + 10637
def f10638(x):
    return x + 10638
def f10639(x):
    return x + 10639
def f10640(x):
    return x + 10640
def f10641(x):
    return x + 10641
def f10642(x):
    return x + 10642
def f10643(x):
    return x + 10643
def f10644(x):
    return x + 10644
def f10645(x):
    return x + 10645
def f10646(x):
    return x + 10646
def f10647(x):
    return x + 10647
def f10648(x):
    return x + 10648
def f10649(x):
    return x + 10649
def f10650(x):
    return x + 10650
def f10651(x):
    return x + 10651
def f10652(x):
    return x + 10652
def f10653(x):
    return x + 10653
def f10654(x):
    return x + 10654
def f10655(x):
    return x + 10655
def f10656(x):
    return x + 10656
def f10657(x):
    return x + 10657
def f10658(x):
    return x + 10658
def f10659(x):
    return x + 10659
def f10660(x):
    return x + 10660
def f10661(x):
    return x + 10661
def f10662(x):
    return x + 10662
def f10663(x):
    return x + 10663
def f10664(x):
    return x + 10664
def f10665(x):
    return x + 10665
def f10666(x):
    return x + 10666
def f10667(x):
    return x + 10667
def f10668(x):
    return x + 10668
def f10669(x):
    return x + 10669
def f10670(x):
    return x + 10670
def f10671(x):
    return x + 10671
def f10672(x):
    return x + 10672
def f10673(x):
    return x + 10673
def f10674(x):
    return x + 10674
def f10675(x):
    return x + 10675
def f10676(x):
    return x + 10676
def f10677(x):
    return x + 10677
def f10678(x):
    return x + 10678
def f10679(x):
    return x + 10679
def f10680(x):
    return x + 10680
def f10681(x):
    return x + 10681
def f10682(x):
    return x + 10682
def f10683(x):
    return x + 10683
def f10684(x):
    return x + 10684
def f10685(x):
    return x + 10685
def f10686(x):
    return x + 10686
def f10687(x):
    return x + 10687
def f10688(x):
    return x + 10688
def f10689(x):
    return x + 10689
def f10690(x):
    return x + 10690
def f10691(x):
    return x + 10691
def f10692(x):
    return x + 10692
def f10693(x):
    return x + 10693
def f10694(x):
    return x + 10694
def f10695(x):
    return x + 10695
def f10696(x):
    return x + 10696
def f10697(x):
    return x + 10697
def f10698(x):
    return x + 10698
def f10699(x):
    return x + 10699
def f10700(x):
    return x + 10700
def f10701(x):
    return x + 10701
def f10702(x):
    return x + 10702
def f10703(x):
    return x + 10703
def f10704(x):
    return x + 10704
def f10705(x):
    return x + 10705
def f10706(x):
    return x + 10706
def f10707(x):
    return x + 10707
def f10708(x):
    return x + 10708
def f10709(x):
    return x + 10709
def f10710(x):
    return x + 10710
def f10711(x):
    return x + 10711
def f10712(x):
    return x + 10712
def f10713(x):
    return x + 10713
def f10714(x):
    return x + 10714
def f10715(x):
    return x + 10715
def f10716(x):
    return x + 10716
def f10717(x):
    return x + 10717
def f10718(x):
    return x + 10718
def f10719(x):
    return x + 10719
def f10720(x):
    return x + 10720
def f10721(x):
    return x + 10721
def f10722(x):
    return x + 10722
def f10723(x):
    return x + 10723
def f10724(x):
    return x + 10724
def f10725(x):
    return x + 10725
def f10726(x):
    return x + 10726
def f10727(x):
    return x + 10727
def f10728(x):
    return x + 10728
def f10729(x):
    return x + 10729
def f10730(x):
    return x + 10730
def f10731(x):
    return x + 10731
def f10732(x):
    return x + 10732
def f10733(x):
    return x + 10733
def f10734(x):
    return x + 10734
def f10735(x):
    return x + 10735
def f10736(x):
    return x + 10736
def f10737(x):
    return x + 10737
def f10738(x):
    return x + 10738
def f10739(x):
    return x + 10739
def f10740(x):
    return x + 10740
def f10741(x):
    return x + 10741
def f10742(x):
    return x + 10742
def f10743(x):
    return x + 10743
def f10744(x):
    return x + 10744
def f10745(x):
    return x + 10745
def f10746(x):
    return x + 10746
def f10747(x):
    return x + 10747
def f10748(x):
    return x + 10748
def f10749(x):
    return x + 10749
def f10750(x):
    return x + 10750
def f10751(x):
    return x + 10751
def f10752(x):
    return x + 10752
def f10753(x):
    return x + 10753
def f10754(x):
    return x + 10754
def f10755(x):
    return x + 10755
def f10756(x):
    return x + 10756
def f10757(x):
    return x + 10757
def f10758(x):
    return x + 10758
def f10759(x):
    return x + 10759
def f10760(x):
    return x + 10760
def f10761(x):
    return x + 10761
def f10762(x):
    return x + 10762
def f10763(x):
    return x + 10763
def f10764(x):
    return x + 10764
def f10765(x):
    return x + 10765
def f10766(x):
    return x + 10766
def f10767(x):
    return x + 10767
def f10768(x):
    return x + 10768
def f10769(x):
    return x + 10769
def f10770(x):
    return x + 10770
def f10771(x):
    return x + 10771
def f10772(x):
    return x + 10772
def f10773(x):
    return x + 10773
def f10774(x):
    return x + 10774
def f10775(x):
    return x + 10775
def f10776(x):
    return x + 10776
def f10777(x):
    return x + 10777
def f10778(x):
    return x + 10778
def f10779(x):
    return x + 10779
def f10780(x):
    return x + 10780
def f10781(x):
    return x + 10781
def f10782(x):
    return x + 10782
def f10783(x):
    return x + 10783
def f10784(x):
    return x + 10784
def f10785(x):
    return x + 10785
def f10786(x):
    return x + 10786
def f10787(x):
    return x + 10787
def f10788(x):
    return x + 10788
def f10789(x):
    return x + 10789
def f10790(x):
    return x + 10790
def f10791(x):
    return x + 10791
def f10792(x):
    return x + 10792
def f10793(x):
    return x + 10793
def f10794(x):
    return x + 10794
def f10795(x):
    return x + 10795
def f10796(x):
    return x + 10796
def f10797(x):
    return x + 10797
def f10798(x):
    return x + 10798
def f10799(x):
    return x + 10799
def f10800(x):
    return x + 10800
def f10801(x):
    return x + 10801
def f10802(x):
    return x + 10802
def f10803(x):
    return x + 10803
def f10804(x):
    return x + 10804
def f10805(x):
    return x + 10805
def f10806(x):
    return x + 10806
def f10807(x):
    return x + 10807
def f10808(x):
    return x + 10808
def f10809(x):
    return x + 10809
def f10810(x):
    return x + 10810
def f10811(x):
    return x + 10811
def f10812(x):
    return x + 10812
def f10813(x):
    return x + 10813
def f10814(x):
    return x + 10814
def f10815(x):
    return x + 10815
def f10816(x):
    return x + 10816
def f10817(x):
    return x + 10817
def f10818(x):
    return x + 10818
def f10819(x):
    return x + 10819
def f10820(x):
    return x + 10820
def f10821(x):
    return x + 10821
def f10822(x):
    return x + 10822
def f10823(x):
    return x + 10823
def f10824(x):
    return x + 10824
def f10825(x):
    return x + 10825
def f10826(x):
    return x + 10826
def f10827(x):
    return x + 10827
def f10828(x):
    return x + 10828
def f10829(x):
    return x + 10829
def f10830(x):
    return x + 10830
def f10831(x):
    return x + 10831
def f10832(x):
    return x + 10832
def f10833(x):
    return x + 10833
def f10834(x):
    return x + 10834
def f10835(x):
    return x + 10835
def f10836(x):
    return x + 10836
def f10837(x):
    return x + 10837
def f10838(x):
    return x + 10838
def f10839(x):
    return x + 10839
def f10840(x):
    return x + 10840
def f10841(x):
    return x + 10841
def f10842(x):
    return x + 10842
def f10843(x):
    return x + 10843
def f10844(x):
    return x + 10844
def f10845(x):
    return x + 10845
def f10846(x):
    return x + 10846
def f10847(x):
    return x + 10847
def f10848(x):
    return x + 10848
def f10849(x):
    return x + 10849
def f10850(x):
    return x + 10850
def f10851(x):
    return x + 10851
def f10852(x):
    return x + 10852
def f10853(x):
    return x + 10853
def f10854(x):
    return x + 10854
def f10855(x):
    return x + 10855
def f10856(x):
    return x + 10856
def f10857(x):
    return x + 10857
def f10858(x):
    return x + 10858
def f10859(x):
    return x + 10859
def f10860(x):
    return x + 10860
def f10861(x):
    return x + 10861
def f10862(x):
    return x + 10862
def f10863(x):
    return x + 10863
def f10864(x):
    return x + 10864
def f10865(x):
    return x + 10865
def f10866(x):
    return x + 10866
def f10867(x):
    return x + 10867
def f10868(x):
    return x + 10868
def f10869(x):
    return x + 10869
def f10870(x):
    return x + 10870
def f10871(x):
    return x + 10871
def f10872(x):
    return x + 10872
def f10873(x):
    return x + 10873
def f10874(x):
    return x + 10874
def f10875(x):
    return x + 10875
def f10876(x):
    return x + 10876
def f10877(x):
    return x + 10877
def f10878(x):
    return x + 10878
def f10879(x):
    return x + 10879
def f10880(x):
    return x + 10880
def f10881(x):
    return x + 10881
def f10882(x):
    return x + 10882
def f10883(x):
    return x + 10883
def f10884(x):
    return x + 10884
def f10885(x):
    return x + 10885
def f10886(x):
    return x + 10886
def f10887(x):
    return x + 10887
def f10888(x):
    return x + 10888
def f10889(x):
    return x + 10889
def f10890(x):
    return x + 10890
def f10891(x):
    return x + 10891
def f10892(x):
    return x + 10892
def f10893(x):
    return x + 10893
def f10894(x):
    return x + 10894
def f10895(x):
    return x + 10895
def f10896(x):
    return x + 10896
def f10897(x):
    return x + 10897
def f10898(x):
    return x + 10898
def f10899(x):
    return x + 10899
def f10900(x):
    return x + 10900
def f10901(x):
    return x + 10901
def f10902(x):
    return x + 10902
def f10903(x):
    return x + 10903
def f10904(x):
    return x + 10904
def f10905(x):
    return x + 10905
def f10906(x):
    return x + 10906
def f10907(x):
    return x + 10907
def f10908(x):
    return x + 10908
def f10909(x):
    return x + 10909
def f10910(x):
    return x + 10910
def f10911(x):
    return x + 10911
def f10912(x):
    return x + 10912
def f10913(x):
    return x + 10913
def f10914(x):
    return x + 10914
def f10915(x):
    return x + 10915
def f10916(x):
    return x + 10916
def f10917(x):
    return x + 10917
def f10918(x):
    return x + 10918
def f10919(x):
    return x + 10919
def f10920(x):
    return x + 10920
def f10921(x):
    return x + 10921
def f10922(x):
    return x + 10922
def f10923(x):
    return x + 10923
def f10924(x):
    return x + 10924
def f10925(x):
    return x + 10925
def f10926(x):
    return x + 10926
def f10927(x):
    return x + 10927
def f10928(x):
    return x + 10928
def f10929(x):
    return x + 10929
def f10930(x):
    return x + 10930
def f10931(x):
    return x + 10931
def f10932(x):
    return x + 10932
def f10933(x):
    return x + 10933
def f10934(x):
    return x + 10934
def f10935(x):
    return x + 10935
def f10936(x):
    return x + 10936
def f10937(x):
    return x + 10937
def f10938(x):
    return x + 10938
def f10939(x):
    return x + 10939
def f10940(x):
    return x + 10940
def f10941(x):
    return x + 10941
def f10942(x):
    return x + 10942
def f10943(x):
    return x + 10943
def f10944(x):
    return x + 10944
def f10945(x):
    return x + 10945
def f10946(x):
    return x + 10946
def f10947(x):
    return x + 10947
def f10948(x):
    return x + 10948
def f10949(x):
    return x + 10949
def f10950(x):
    return x + 10950
def f10951(x):
    return x + 10951
def f10952(x):
    return x + 10952
def f10953(x):
    return x + 10953
def f10954(x):
    return x + 10954
def f10955(x):
    return x + 10955
def f10956(x):
    return x + 10956
def f10957(x):
    return x + 10957
def f10958(x):
    return x + 10958
def f10959(x):
    return x + 10959
def f10960(x):
    return x + 10960
def f10961(x):
    return x + 10961
def f10962(x):
    return x + 10962
def f10963(x):
    return x + 10963
def f10964(x):
    return x + 10964
def f10965(x):
    return x + 10965
def f10966(x):
    return x + 10966
def f10967(x):
    return x + 10967
def f10968(x):
    return x + 10968
def f10969(x):
    return x + 10969
def f10970(x):
    return x + 10970
def f10971(x):
    return x + 10971
def f10972(x):
    return x + 10972
def f10973(x):
    return x + 10973
def f10974(x):
    return x + 10974
def f10975(x):
    return x + 10975
def f10976(x):
    return x + 10976
def f10977(x):
    return x + 10977
def f10978(x):
    return x + 10978
def f10979(x):
    return x + 10979
def f10980(x):
    return x + 10980
def f10981(x):
    return x + 10981
def f10982(x):
    return x + 10982
def f10983(x):
    return x + 10983
def f10984(x):
    return x + 10984
def f10985(x):
    return x + 10985
def f10986(x):
    return x + 10986
def f10987(x):
    return x + 10987
def f10988(x):
    return x + 10988
def f10989(x):
    return x + 10989
def f10990(x):
    return x + 10990
def f10991(x):
    return x + 10991
def f10992(x):
    return x + 10992
def f10993(x):
    return x + 10993
def f10994(x):
    return x + 10994
def f10995(x):
    return x + 10995
def f10996(x):
    return x + 10996
def f10997(x):
    return x + 10997
def f10998(x):
    return x + 10998
def f10999(x):
    return x + 10999
def f11000(x):
    return x + 11000
def f11001(x):
    return x + 11001
def f11002(x):
    return x + 11002
def f11003(x):
    return x + 11003
def f11004(x):
    return x + 11004
def f11005(x):
    return x + 11005
def f11006(x):
    return x + 11006
def f11007(x):
    return x + 11007
def f11008(x):
    return x + 11008
def f11009(x):
    return x + 11009
def f11010(x):
    return x + 11010
def f11011(x):
    return x + 11011
def f11012(x):
    return x + 11012
def f11013(x):
    return x + 11013
def f11014(x):
    return x + 11014
def f11015(x):
    return x + 11015
def f11016(x):
    return x + 11016
def f11017(x):
    return x + 11017
def f11018(x):
    return x + 11018
def f11019(x):
    return x + 11019
def f11020(x):
    return x + 11020
def f11021(x):
    return x + 11021
def f11022(x):
    return x + 11022
def f11023(x):
    return x + 11023
def f11024(x):
    return x + 11024
def f11025(x):
    return x + 11025
def f11026(x):
    return x + 11026
def f11027(x):
    return x + 11027
def f11028(x):
    return x + 11028
def f11029(x):
    return x + 11029
def f11030(x):
    return x + 11030
def f11031(x):
    return x + 11031
def f11032(x):
    return x + 11032
def f11033(x):
    return x + 11033
def f11034(x):
    return x + 11034
def f11035(x):
    return x + 11035
def f11036(x):
    return x + 11036
def f11037(x):
    return x + 11037
def f11038(x):
    return x + 11038
def f11039(x):
    return x + 11039
def f11040(x):
    return x + 11040
def f11041(x):
    return x + 11041
def f11042(x):
    return x + 11042
def f11043(x):
    return x + 11043
def f11044(x):
    return x + 11044
def f11045(x):
    return x + 11045
def f11046(x):
    return x + 11046
def f11047(x):
    return x + 11047
def f11048(x):
    return x + 11048
def f11049(x):
    return x + 11049
def f11050(x):
    return x + 11050
def f11051(x):
    return x + 11051
def f11052(x):
    return x + 11052
def f11053(x):
    return x + 11053
def f11054(x):
    return x + 11054
def f11055(x):
    return x + 11055
def f11056(x):
    return x + 11056
def f11057(x):
    return x + 11057
def f11058(x):
    return x + 11058
def f11059(x):
    return x + 11059
def f11060(x):
    return x + 11060
def f11061(x):
    return x + 11061
def f11062(x):
    return x + 11062
def f11063(x):
    return x + 11063
def f11064(x):
    return x + 11064
def f11065(x):
    return x + 11065
def f11066(x):
    return x + 11066
def f11067(x):
    return x + 11067
def f11068(x):
    return x + 11068
def f11069(x):
    return x + 11069
def f11070(x):
    return x + 11070
def f11071(x):
    return x + 11071
def f11072(x):
    return x + 11072
def f11073(x):
    return x + 11073
def f11074(x):
    return x + 11074
def f11075(x):
    return x + 11075
def f11076(x):
    return x + 11076
def f11077(x):
    return x + 11077
def f11078(x):
    return x + 11078
def f11079(x):
    return x + 11079
def f11080(x):
    return x + 11080
def f11081(x):
    return x + 11081
def f11082(x):
    return x + 11082
def f11083(x):
    return x + 11083
def f11084(x):
    return x + 11084
def f11085(x):
    return x + 11085
def f11086(x):
    return x + 11086
def f11087(x):
    return x + 11087
def f11088(x):
    return x + 11088
def f11089(x):
    return x + 11089
def f11090(x):
    return x + 11090
def f11091(x):
    return x + 11091
def f11092(x):
    return x + 11092
def f11093(x):
    return x + 11093
def f11094(x):
    return x + 11094
def f11095(x):
    return x + 11095
def f11096(x):
    return x + 11096
def f11097(x):
    return x + 11097
def f11098(x):
    return x + 11098
def f11099(x):
    return x + 11099
def f11100(x):
    return x + 11100
def f11101(x):
    return x + 11101
def f11102(x):
    return x + 11102
def f11103(x):
    return x + 11103
def f11104(x):
    return x + 11104
def f11105(x):
    return x + 11105
def f11106(x):
    return x + 11106
def f11107(x):
    return x + 11107
def f11108(x):
    return x + 11108
def f11109(x):
    return x + 11109
def f11110(x):
    return x + 11110
def f11111(x):
    return x + 11111
def f11112(x):
    return x + 11112
def f11113(x):
    return x + 11113
def f11114(x):
    return x + 11114
def f11115(x):
    return x + 11115
def f11116(x):
    return x + 11116
def f11117(x):
    return x + 11117
def f11118(x):
    return x + 11118
def f11119(x):
    return x + 11119
def f11120(x):
    return x + 11120
def f11121(x):
    return x + 11121
def f11122(x):
    return x + 11122
def f11123(x):
    return x + 11123
def f11124(x):
    return x + 11124
def f11125(x):
    return x + 11125
def f11126(x):
    return x + 11126
def f11127(x):
    return x + 11127
def f11128(x):
    return x + 11128
def f11129(x):
    return x + 11129
def f11130(x):
    return x + 11130
def f11131(x):
    return x + 11131
def f11132(x):
    return x + 11132
def f11133(x):
    return x + 11133
def f11134(x):
    return x + 11134
def f11135(x):
    return x + 11135
def f11136(x):
    return x + 11136
def f11137(x):
    return x + 11137
def f11138(x):
    return x + 11138
def f11139(x):
    return x + 11139
def f11140(x):
    return x + 11140
def f11141(x):
    return x + 11141
def f11142(x):
    return x + 11142
def f11143(x):
    return x + 11143
def f11144(x):
    return x + 11144
def f11145(x):
    return x + 11145
def f11146(x):
    return x + 11146
def f11147(x):
    return x + 11147
def f11148(x):
    return x + 11148
def f11149(x):
    return x + 11149
def f11150(x):
    return x + 11150
def f11151(x):
    return x + 11151
def f11152(x):
    return x + 11152
def f11153(x):
    return x + 11153
def f11154(x):
    return x + 11154
def f11155(x):
    return x + 11155
def f11156(x):
    return x + 11156
def f11157(x):
    return x + 11157
def f11158(x):
    return x + 11158
def f11159(x):
    return x + 11159
def f11160(x):
    return x + 11160
def f11161(x):
    return x + 11161
def f11162(x):
    return x + 11162
def f11163(x):
    return x + 11163
def f11164(x):
    return x + 11164
def f11165(x):
    return x + 11165
def f11166(x):
    return x + 11166
def f11167(x):
    return x + 11167
def f11168(x):
    return x + 11168
def f11169(x):
    return x + 11169
def f11170(x):
    return x + 11170
def f11171(x):
    return x + 11171
def f11172(x):
    return x + 11172
def f11173(x):
    return x + 11173
def f11174(x):
    return x + 11174
def f11175(x):
    return x + 11175
def f11176(x):
    return x + 11176
def f11177(x):
    return x + 11177
def f11178(x):
    return x + 11178
def f11179(x):
    return x + 11179
def f11180(x):
    return x + 11180
def f11181(x):
    return x + 11181
def f11182(x):
    return x + 11182
def f11183(x):
    return x + 11183
def f11184(x):
    return x + 11184
def f11185(x):
    return x + 11185
def f11186(x):
    return x + 11186
def f11187(x):
    return x + 11187
def f11188(x):
    return x + 11188
def f11189(x):
    return x + 11189
def f11190(x):
    return x + 11190
def f11191(x):
    return x + 11191
def f11192(x):
    return x + 11192
def f11193(x):
    return x + 11193
def f11194(x):
    return x + 11194
def f11195(x):
    return x + 11195
def f11196(x):
    return x + 11196
def f11197(x):
    return x + 11197
def f11198(x):
    return x + 11198
def f11199(x):
    return x + 11199
def f11200(x):
    return x + 11200
def f11201(x):
    return x + 11201
def f11202(x):
    return x + 11202
def f11203(x):
    return x + 11203
def f11204(x):
    return x + 11204
def f11205(x):
    return x + 11205
def f11206(x):
    return x + 11206
def f11207(x):
    return x + 11207
def f11208(x):
    return x + 11208
def f11209(x):
    return x + 11209
def f11210(x):
    return x + 11210
def f11211(x):
    return x + 11211
def f11212(x):
    return x + 11212
def f11213(x):
    return x + 11213
def f11214(x):
    return x + 11214
def f11215(x):
    return x + 11215
def f11216(x):
    return x + 11216
def f11217(x):
    return x + 11217
def f11218(x):
    return x + 11218
def f11219(x):
    return x + 11219
def f11220(x):
    return x + 11220
def f11221(x):
    return x + 11221
def f11222(x):
    return x + 11222
def f11223(x):
    return x + 11223
def f11224(x):
    return x + 11224
def f11225(x):
    return x + 11225
def f11226(x):
    return x + 11226
def f11227(x):
    return x + 11227
def f11228(x):
    return x + 11228
def f11229(x):
    return x + 11229
def f11230(x):
    return x + 11230
def f11231(x):
    return x + 11231
def f11232(x):
    return x + 11232
def f11233(x):
    return x + 11233
def f11234(x):
    return x + 11234
def f11235(x):
    return x + 11235
def f11236(x):
    return x + 11236
def f11237(x):
    return x + 11237
def f11238(x):
    return x + 11238
def f11239(x):
    return x + 11239
def f11240(x):
    return x + 11240
def f11241(x):
    return x + 11241
def f11242(x):
    return x + 11242
def f11243(x):
    return x + 11243
def f11244(x):
    return x + 11244
def f11245(x):
    return x + 11245
def f11246(x):
    return x + 11246
def f11247(x):
    return x + 11247
def f11248(x):
    return x + 11248
def f11249(x):
    return x + 11249
def f11250(x):
    return x + 11250
def f11251(x):
    return x + 11251
def f11252(x):
    return x + 11252
def f11253(x):
    return x + 11253
def f11254(x):
    return x + 11254
def f11255(x):
    return x + 11255
def f11256(x):
    return x + 11256
def f11257(x):
    return x + 11257
def f11258(x):
    return x + 11258
def f11259(x):
    return x + 11259
def f11260(x):
    return x + 11260
def f11261(x):
    return x + 11261
def f11262(x):
    return x + 11262
def f11263(x):
    return x + 11263
def f11264(x):
    return x + 11264
def f11265(x):
    return x + 11265
def f11266(x):
    return x + 11266
def f11267(x):
    return x + 11267
def f11268(x):
    return x + 11268
def f11269(x):
    return x + 11269
def f11270(x):
    return x + 11270
def f11271(x):
    return x + 11271
def f11272(x):
    return x + 11272
def f11273(x):
    return x + 11273
def f11274(x):
    return x + 11274
def f11275(x):
    return x + 11275
def f11276(x):
    return x + 11276
def f11277(x):
    return x + 11277
def f11278(x):
    return x + 11278
def f11279(x):
    return x + 11279
def f11280(x):
    return x + 11280
def f11281(x):
    return x + 11281
def f11282(x):
    return x + 11282
def f11283(x):
    return x + 11283
def f11284(x):
    return x + 11284
def f11285(x):
    return x + 11285
def f11286(x):
    return x + 11286
def f11287(x):
    return x + 11287
def f11288(x):
    return x + 11288
def f11289(x):
    return x + 11289
def f11290(x):
    return x + 11290
def f11291(x):
    return x + 11291
def f11292(x):
    return x + 11292
def f11293(x):
    return x + 11293
def f11294(x):
    return x + 11294
def f11295(x):
    return x + 11295
def f11296(x):
    return x + 11296
def f11297(x):
    return x + 11297
def f11298(x):
    return x + 11298
def f11299(x):
    return x + 11299
def f11300(x):
    return x + 11300
def f11301(x):
    return x + 11301
def f11302(x):
    return x + 11302
def f11303(x):
    return x + 11303
def f11304(x):
    return x + 11304
def f11305(x):
    return x + 11305
def f11306(x):
    return x + 11306
def f11307(x):
    return x + 11307
def f11308(x):
    return x + 11308
def f11309(x):
    return x + 11309
def f11310(x):
    return x + 11310
def f11311(x):
    return x + 11311
def f11312(x):
    return x + 11312
def f11313(x):
    return x + 11313
def f11314(x):
    return x + 11314
def f11315(x):
    return x + 11315
def f11316(x):
    return x + 11316
def f11317(x):
    return x + 11317
def f11318(x):
    return x + 11318
def f11319(x):
    return x + 11319
def f11320(x):
    return x + 11320
def f11321(x):
    return x + 11321
def f11322(x):
    return x + 11322
def f11323(x):
    return x + 11323
def f11324(x):
    return x + 11324
def f11325(x):
    return x + 11325
def f11326(x):
    return x + 11326
def f11327(x):
    return x + 11327
def f11328(x):
    return x + 11328
def f11329(x):
    return x + 11329
def f11330(x):
    return x + 11330
def f11331(x):
    return x + 11331
def f11332(x):
    return x + 11332
def f11333(x):
    return x + 11333
def f11334(x):
    return x + 11334
def f11335(x):
    return x + 11335
def f11336(x):
    return x + 11336
def f11337(x):
    return x + 11337
def f11338(x):
    return x + 11338
def f11339(x):
    return x + 11339
def f11340(x):
    return x + 11340
def f11341(x):
    return x + 11341
def f11342(x):
    return x + 11342
def f11343(x):
    return x + 11343
def f11344(x):
    return x + 11344
def f11345(x):
    return x + 11345
def f11346(x):
    return x + 11346
def f11347(x):
    return x + 11347
def f11348(x):
    return x + 11348
def f11349(x):
    return x + 11349
def f11350(x):
    return x + 11350
def f11351(x):
    return x + 11351
def f11352(x):
    return x + 11352
def f11353(x):
    return x + 11353
def f11354(x):
    return x + 11354
def f11355(x):
    return x + 11355
def f11356(x):
    return x + 11356
def f11357(x):
    return x + 11357
def f11358(x):
    return x + 11358
def f11359(x):
    return x + 11359
def f11360(x):
    return x + 11360
def f11361(x):
    return x + 11361
def f11362(x):
    return x + 11362
def f11363(x):
    return x + 11363
def f11364(x):
    return x + 11364
def f11365(x):
    return x + 11365
def f11366(x):
    return x + 11366
def f11367(x):
    return x + 11367
def f11368(x):
    return x + 11368
def f11369(x):
    return x + 11369
def f11370(x):
    return x + 11370
def f11371(x):
    return x + 11371
def f11372(x):
    return x + 11372
def f11373(x):
    return x + 11373
def f11374(x):
    return x + 11374
def f11375(x):
    return x + 11375
def f11376(x):
    return x + 11376
def f11377(x):
    return x + 11377
def f11378(x):
    return x + 11378
def f11379(x):
    return x + 11379
def f11380(x):
    return x + 11380
def f11381(x):
    return x + 11381
def f11382(x):
    return x + 11382
def f11383(x):
    return x + 11383
def f11384(x):
    return x + 11384
def f11385(x):
    return x + 11385
def f11386(x):
    return x + 11386
def f11387(x):
    return x + 11387
def f11388(x):
    return x + 11388
def f11389(x):
    return x + 11389
def f11390(x):
    return x + 11390
def f11391(x):
    return x + 11391
def f11392(x):
    return x + 11392
def f11393(x):
    return x + 11393
def f11394(x):
    return x + 11394
def f11395(x):
    return x + 11395
def f11396(x):
    return x + 11396
def f11397(x):
    return x + 11397
def f11398(x):
    return x + 11398
def f11399(x):
    return x + 11399
def f11400(x):
    return x + 11400
def f11401(x):
    return x + 11401
def f11402(x):
    return x + 11402
def f11403(x):
    return x + 11403
def f11404(x):
    return x + 11404
def f11405(x):
    return x + 11405
def f11406(x):
    return x + 11406
def f11407(x):
    return x + 11407
def f11408(x):
    return x + 11408
def f11409(x):
    return x + 11409
def f11410(x):
    return x + 11410
def f11411(x):
    return x + 11411
def f11412(x):
    return x + 11412
def f11413(x):
    return x + 11413
def f11414(x):
    return x + 11414
def f11415(x):
    return x + 11415
def f11416(x):
    return x + 11416
def f11417(x):
    return x + 11417
def f11418(x):
    return x + 11418
def f11419(x):
    return x + 11419
def f11420(x):
    return x + 11420
def f11421(x):
    return x + 11421
def f11422(x):
    return x + 11422
def f11423(x):
    return x + 11423
def f11424(x):
    return x + 11424
def f11425(x):
    return x + 11425
def f11426(x):
    return x + 11426
def f11427(x):
    return x + 11427
def f11428(x):
    return x + 11428
def f11429(x):
    return x + 11429
def f11430(x):
    return x + 11430
def f11431(x):
    return x + 11431
def f11432(x):
    return x + 11432
def f11433(x):
    return x + 11433
def f11434(x):
    return x + 11434
def f11435(x):
    return x + 11435
def f11436(x):
    return x + 11436
def f11437(x):
    return x + 11437
def f11438(x):
    return x + 11438
def f11439(x):
    return x + 11439
def f11440(x):
    return x + 11440
def f11441(x):
    return x + 11441
def f11442(x):
    return x + 11442
def f11443(x):
    return x + 11443
def f11444(x):
    return x + 11444
def f11445(x):
    return x + 11445
def f11446(x):
    return x + 11446
def f11447(x):
    return x + 11447
def f11448(x):
    return x + 11448
def f11449(x):
    return x + 11449
def f11450(x):
    return x + 11450
def f11451(x):
    return x + 11451
def f11452(x):
    return x + 11452
def f11453(x):
    return x + 11453
def f11454(x):
    return x + 11454
def f11455(x):
    return x + 11455
def f11456(x):
    return x + 11456
def f11457(x):
    return x + 11457
def f11458(x):
    return x + 11458
def f11459(x):
    return x + 11459
def f11460(x):
    return x + 11460
def f11461(x):
    return x + 11461
def f11462(x):
    return x + 11462
def f11463(x):
    return x + 11463
def f11464(x):
    return x + 11464
def f11465(x):
    return x + 11465
def f11466(x):
    return x + 11466
def f11467(x):
    return x + 11467
def f11468(x):
    return x + 11468
def f11469(x):
    return x + 11469
def f11470(x):
    return x + 11470
def f11471(x):
    return x + 11471
def f11472(x):
    return x + 11472
def f11473(x):
    return x + 11473
def f11474(x):
    return x + 11474
def f11475(x):
    return x + 11475
def f11476(x):
    return x + 11476
def f11477(x):
    return x + 11477
def f11478(x):
    return x + 11478
def f11479(x):
    return x + 11479
def f11480(x):
    return x + 11480
def f11481(x):
    return x + 11481
def f11482(x):
    return x + 11482
def f11483(x):
    return x + 11483
def f11484(x):
    return x + 11484
def f11485(x):
    return x + 11485
def f11486(x):
    return x + 11486
def f11487(x):
    return x + 11487
def f11488(x):
    return x + 11488
def f11489(x):
    return x + 11489
def f11490(x):
    return x + 11490
def f11491(x):
    return x + 11491
def f11492(x):
    return x + 11492
def f11493(x):
    return x + 11493
def f11494(x):
    return x + 11494
def f11495(x):
    return x + 11495
def f11496(x):
    return x + 11496
def f11497(x):
    return x + 11497
def f11498(x):
    return x + 11498
def f11499(x):
    return x + 11499
def f11500(x):
    return x + 11500
def f11501(x):
    return x + 11501
def f11502(x):
    return x + 11502
def f11503(x):
    return x + 11503
def f11504(x):
    return x + 11504
def f11505(x):
    return x + 11505
def f11506(x):
    return x + 11506
def f11507(x):
    return x + 11507
def f11508(x):
    return x + 11508
def f11509(x):
    return x + 11509
def f11510(x):
    return x + 11510
def f11511(x):
    return x + 11511
def f11512(x):
    return x + 11512
def f11513(x):
    return x + 11513
def f11514(x):
    return x + 11514
def f11515(x):
    return x + 11515
def f11516(x):
    return x + 11516
def f11517(x):
    return x + 11517
def f11518(x):
    return x + 11518
def f11519(x):
    return x + 11519
def f11520(x):
    return x + 11520
def f11521(x):
    return x + 11521
def f11522(x):
    return x + 11522
def f11523(x):
    return x + 11523
def f11524(x):
    return x + 11524
def f11525(x):
    return x + 11525
def f11526(x):
    return x + 11526
def f11527(x):
    return x + 11527
def f11528(x):
    return x + 11528
def f11529(x):
    return x + 11529
def f11530(x):
    return x + 11530
def f11531(x):
    return x + 11531
def f11532(x):
    return x + 11532
def f11533(x):
    return x + 11533
def f11534(x):
    return x + 11534
def f11535(x):
    return x + 11535
def f11536(x):
    return x + 11536
def f11537(x):
    return x + 11537
def f11538(x):
    return x + 11538
def f11539(x):
    return x + 11539
def f11540(x):
    return x + 11540
def f11541(x):
    return x + 11541
def f11542(x):
    return x + 11542
def f11543(x):
    return x + 11543
def f11544(x):
    return x + 11544
def f11545(x):
    return x + 11545
def f11546(x):
    return x + 11546
def f11547(x):
    return x + 11547
def f11548(x):
    return x + 11548
def f11549(x):
    return x + 11549
def f11550(x):
    return x + 11550
def f11551(x):
    return x + 11551
def f11552(x):
    return x + 11552
def f11553(x):
    return x + 11553
def f11554(x):
    return x + 11554
def f11555(x):
    return x + 11555
def f11556(x):
    return x + 11556
def f11557(x):
    return x + 11557
def f11558(x):
    return x + 11558
def f11559(x):
    return x + 11559
def f11560(x):
    return x + 11560
def f11561(x):
    return x + 11561
def f11562(x):
    return x + 11562
def f11563(x):
    return x + 11563
def f11564(x):
    return x + 11564
def f11565(x):
    return x + 11565
def f11566(x):
    return x + 11566
def f11567(x):
    return x + 11567
def f11568(x):
    return x + 11568
def f11569(x):
    return x + 11569
def f11570(x):
    return x + 11570
def f11571(x):
    return x + 11571
def f11572(x):
    return x + 11572
def f11573(x):
    return x + 11573
def f11574(x):
    return x + 11574
def f11575(x):
    return x + 11575
def f11576(x):
    return x + 11576
def f11577(x):
    return x + 11577
def f11578(x):
    return x + 11578
def f11579(x):
    return x + 11579
def f11580(x):
    return x + 11580
def f11581(x):
    return x + 11581
def f11582(x):
    return x + 11582
def f11583(x):
    return x + 11583
def f11584(x):
    return x + 11584
def f11585(x):
    return x + 11585
def f11586(x):
    return x + 11586
def f11587(x):
    return x + 11587
def f11588(x):
    return x + 11588
def f11589(x):
    return x + 11589
def f11590(x):
    return x + 11590
def f11591(x):
    return x + 11591
def f11592(x):
    return x + 11592
def f11593(x):
    return x + 11593
def f11594(x):
    return x + 11594
def f11595(x):
    return x + 11595
def f11596(x):
    return x + 11596
def f11597(x):
    return x + 11597
def f11598(x):
    return x + 11598
def f11599(x):
    return x + 11599
def f11600(x):
    return x + 11600
def f11601(x):
    return x + 11601
def f11602(x):
    return x + 11602
def f11603(x):
    return x + 11603
def f11604(x):
    return x + 11604
def f11605(x):
    return x + 11605
def f11606(x):
    return x + 11606
def f11607(x):
    return x + 11607
def f11608(x):
    return x + 11608
def f11609(x):
    return x + 11609
def f11610(x):
    return x + 11610
def f11611(x):
    return x + 11611
def f11612(x):
    return x + 11612
def f11613(x):
    return x + 11613
def f11614(x):
    return x + 11614
def f11615(x):
    return x + 11615
def f11616(x):
    return x + 11616
def f11617(x):
    return x + 11617
def f11618(x):
    return x + 11618
def f11619(x):
    return x + 11619
def f11620(x):
    return x + 11620
def f11621(x):
    return x + 11621
def f11622(x):
    return x + 11622
def f11623(x):
    return x + 11623
def f11624(x):
    return x + 11624
def f11625(x):
    return x + 11625
def f11626(x):
    return x + 11626
def f11627(x):
    return x + 11627
def f11628(x):
    return x + 11628
def f11629(x):
    return x + 11629
def f11630(x):
    return x + 11630
def f11631(x):
    return x + 11631
def f11632(x):
    return x + 11632
def f11633(x):
    return x + 11633
def f11634(x):
    return x + 11634
def f11635(x):
    return x + 11635
def f11636(x):
    return x + 11636
def f11637(x):
    return x + 11637
def f11638(x):
    return x + 11638
def f11639(x):
    return x + 11639
def f11640(x):
    return x + 11640
def f11641(x):
    return x + 11641
def f11642(x):
    return x + 11642
def f11643(x):
    return x + 11643
def f11644(x):
    return x + 11644
def f11645(x):
    return x + 11645
def f11646(x):
    return x + 11646
def f11647(x):
    return x + 11647
def f11648(x):
    return x + 11648
def f11649(x):
    return x + 11649
def f11650(x):
    return x + 11650
def f11651(x):
    return x + 11651
def f11652(x):
    return x + 11652
def f11653(x):
    return x + 11653
def f11654(x):
    return x + 11654
def f11655(x):
    return x + 11655
def f11656(x):
    return x + 11656
def f11657(x):
    return x + 11657
def f11658(x):
    return x + 11658
def f11659(x):
    return x + 11659
def f11660(x):
    return x + 11660
def f11661(x):
    return x + 11661
def f11662(x):
    return x + 11662
def f11663(x):
    return x + 11663
def f11664(x):
    return x + 11664
def f11665(x):
    return x + 11665
def f11666(x):
    return x + 11666
def f11667(x):
    return x + 11667
def f11668(x):
    return x + 11668
def f11669(x):
    return x + 11669
def f11670(x):
    return x + 11670
def f11671(x):
    return x + 11671
def f11672(x):
    return x + 11672
def f11673(x):
    return x + 11673
def f11674(x):
    return x + 11674
def f11675(x):
    return x + 11675
def f11676(x):
    return x + 11676
def f11677(x):
    return x + 11677
def f11678(x):
    return x + 11678
def f11679(x):
    return x + 11679
def f11680(x):
    return x + 11680
def f11681(x):
    return x + 11681
def f11682(x):
    return x + 11682
def f11683(x):
    return x + 11683
def f11684(x):
    return x + 11684
def f11685(x):
    return x + 11685
def f11686(x):
    return x + 11686
def f11687(x):
    return x + 11687
def f11688(x):
    return x + 11688
def f11689(x):
    return x + 11689
def f11690(x):
    return x + 11690
def f11691(x):
    return x + 11691
def f11692(x):
    return x + 11692
def f11693(x):
    return x + 11693
def f11694(x):
    return x + 11694
def f11695(x):
    return x + 11695
def f11696(x):
    return x + 11696
def f11697(x):
    return x + 11697
def f11698(x):
    return x + 11698
def f11699(x):
    return x + 11699
def f11700(x):
    return x + 11700
def f11701(x):
    return x + 11701
def f11702(x):
    return x + 11702
def f11703(x):
    return x + 11703
def f11704(x):
    return x + 11704
def f11705(x):
    return x + 11705
def f11706(x):
    return x + 11706
def f11707(x):
    return x + 11707
def f11708(x):
    return x + 11708
def f11709(x):
    return x + 11709
def f11710(x):
    return x + 11710
def f11711(x):
    return x + 11711
def f11712(x):
    return x + 11712
def f11713(x):
    return x + 11713
def f11714(x):
    return x + 11714
def f11715(x):
    return x + 11715
def f11716(x):
    return x + 11716
def f11717(x):
    return x + 11717
def f11718(x):
    return x + 11718
def f11719(x):
    return x + 11719
def f11720(x):
    return x + 11720
def f11721(x):
    return x + 11721
def f11722(x):
    return x + 11722
def f11723(x):
    return x + 11723
def f11724(x):
    return x + 11724
def f11725(x):
    return x + 11725
def f11726(x):
    return x + 11726
def f11727(x):
    return x + 11727
def f11728(x):
    return x + 11728
def f11729(x):
    return x + 11729
def f11730(x):
    return x + 11730
def f11731(x):
    return x + 11731
def f11732(x):
    return x + 11732
def f11733(x):
    return x + 11733
def f11734(x):
    return x + 11734
def f11735(x):
    return x + 11735
def f11736(x):
    return x + 11736
def f11737(x):
    return x + 11737
def f11738(x):
    return x + 11738
def f11739(x):
    return x + 11739
def f11740(x):
    return x + 11740
def f11741(x):
    return x + 11741
def f11742(x):
    return x + 11742
def f11743(x):
    return x + 11743
def f11744(x):
    return x + 11744
def f11745(x):
    return x + 11745
def f11746(x):
    return x + 11746
def f11747(x):
    return x + 11747
def f11748(x):
    return x + 11748
def f11749(x):
    return x + 11749
def f11750(x):
    return x + 11750
def f11751(x):
    return x + 11751
def f11752(x):
    return x + 11752
def f11753(x):
    return x + 11753
def f11754(x):
    return x + 11754
def f11755(x):
    return x + 11755
def f11756(x):
    return x + 11756
def f11757(x):
    return x + 11757
def f11758(x):
    return x + 11758
def f11759(x):
    return x + 11759
def f11760(x):
    return x + 11760
def f11761(x):
    return x + 11761
def f11762(x):
    return x + 11762
def f11763(x):
    return x + 11763
def f11764(x):
    return x + 11764
def f11765(x):
    return x + 11765
def f11766(x):
    return x + 11766
def f11767(x):
    return x + 11767
def f11768(x):
    return x + 11768
def f11769(x):
    return x + 11769
def f11770(x):
    return x + 11770
def f11771(x):
    return x + 11771
def f11772(x):
    return x + 11772
def f11773(x):
    return x + 11773
def f11774(x):
    return x + 11774
def f11775(x):
    return x + 11775
def f11776(x):
    return x + 11776
def f11777(x):
    return x + 11777
def f11778(x):
    return x + 11778
def f11779(x):
    return x + 11779
def f11780(x):
    return x + 11780
def f11781(x):
    return x + 11781
def f11782(x):
    return x + 11782
def f11783(x):
    return x + 11783
def f11784(x):
    return x + 11784
def f11785(x):
    return x + 11785
def f11786(x):
    return x + 11786
def f11787(x):
    return x + 11787
def f11788(x):
    return x + 11788
def f11789(x):
    return x + 11789
def f11790(x):
    return x + 11790
def f11791(x):
    return x + 11791
def f11792(x):
    return x + 11792
def f11793(x):
    return x + 11793
def f11794(x):
    return x + 11794
def f11795(x):
    return x + 11795
def f11796(x):
    return x + 11796
def f11797(x):
    return x + 11797
def f11798(x):
    return x + 11798
def f11799(x):
    return x + 11799
def f11800(x):
    return x + 11800
def f11801(x):
    return x + 11801
def f11802(x):
    return x + 11802
def f11803(x):
    return x + 11803
def f11804(x):
    return x + 11804
def f11805(x):
    return x + 11805
def f11806(x):
    return x + 11806
def f11807(x):
    return x + 11807
def f11808(x):
    return x + 11808
def f11809(x):
    return x + 11809
def f11810(x):
    return x + 11810
def f11811(x):
    return x + 11811
def f11812(x):
    return x + 11812
def f11813(x):
    return x + 11813
def f11814(x):
    return x + 11814
def f11815(x):
    return x + 11815
def f11816(x):
    return x + 11816
def f11817(x):
    return x + 11817
def f11818(x):
    return x + 11818
def f11819(x):
    return x + 11819
def f11820(x):
    return x + 11820
def f11821(x):
    return x + 11821
def f11822(x):
    return x + 11822
def f11823(x):
    return x + 11823
def f11824(x):
    return x + 11824
def f11825(x):
    return x + 11825
def f11826(x):
    return x + 11826
def f11827(x):
    return x + 11827
def f11828(x):
    return x + 11828
def f11829(x):
    return x + 11829
def f11830(x):
    return x + 11830
def f11831(x):
    return x + 11831
def f11832(x):
    return x + 11832
def f11833(x):
    return x + 11833
def f11834(x):
    return x + 11834
def f11835(x):
    return x + 11835
def f11836(x):
    return x + 11836
def f11837(x):
    return x + 11837
def f11838(x):
    return x + 11838
def f11839(x):
    return x + 11839
def f11840(x):
    return x + 11840
def f11841(x):
    return x + 11841
def f11842(x):
    return x + 11842
def f11843(x):
    return x + 11843
def f11844(x):
    return x + 11844
def f11845(x):
    return x + 11845
def f11846(x):
    return x + 11846
def f11847(x):
    return x + 11847
def f11848(x):
    return x + 11848
def f11849(x):
    return x + 11849
def f11850(x):
    return x + 11850
def f11851(x):
    return x + 11851
def f11852(x):
    return x + 11852
def f11853(x):
    return x + 11853
def f11854(x):
    return x + 11854
def f11855(x):
    return x + 11855
def f11856(x):
    return x + 11856
def f11857(x):
    return x + 11857
def f11858(x):
    return x + 11858
def f11859(x):
    return x + 11859
def f11860(x):
    return x + 11860
def f11861(x):
    return x + 11861
def f11862(x):
    return x + 11862
def f11863(x):
    return x + 11863
def f11864(x):
    return x + 11864
def f11865(x):
    return x + 11865
def f11866(x):
    return x + 11866
def f11867(x):
    return x + 11867
def f11868(x):
    return x + 11868
def f11869(x):
    return x + 11869
def f11870(x):
    return x + 11870
def f11871(x):
    return x + 11871
def f11872(x):
    return x + 11872
def f11873(x):
    return x + 11873
def f11874(x):
    return x + 11874
def f11875(x):
    return x + 11875
def f11876(x):
    return x + 11876
def f11877(x):
    return x + 11877
def f11878(x):
    return x + 11878
def f11879(x):
    return x + 11879
def f11880(x):
    return x + 11880
def f11881(x):
    return x + 11881
def f11882(x):
    return x + 11882
def f11883(x):
    return x + 11883
def f11884(x):
    return x + 11884
def f11885(x):
    return x + 11885
def f11886(x):
    return x + 11886
def f11887(x):
    return x + 11887
def f11888(x):
    return x + 11888
def f11889(x):
    return x + 11889
def f11890(x):
    return x + 11890
def f11891(x):
    return x + 11891
def f11892(x):
    return x + 11892
def f11893(x):
    return x + 11893
def f11894(x):
    return x + 11894
def f11895(x):
    return x + 11895
def f11896(x):
    return x + 11896
def f11897(x):
    return x + 11897
def f11898(x):
    return x + 11898
def f11899(x):
    return x + 11899
def f11900(x):
    return x + 11900
def f11901(x):
    return x + 11901
def f11902(x):
    return x + 11902
def f11903(x):
    return x + 11903
def f11904(x):
    return x + 11904
def f11905(x):
    return x + 11905
def f11906(x):
    return x + 11906
def f11907(x):
    return x + 11907
def f11908(x):
    return x + 11908
def f11909(x):
    return x + 11909
def f11910(x):
    return x + 11910
def f11911(x):
    return x + 11911
def f11912(x):
    return x + 11912
def f11913(x):
    return x + 11913
def f11914(x):
    return x + 11914
def f11915(x):
    return x + 11915
def f11916(x):
    return x + 11916
def f11917(x):
    return x + 11917
def f11918(x):
    return x + 11918
def f11919(x):
    return x + 11919
def f11920(x):
    return x + 11920
def f11921(x):
    return x + 11921
def f11922(x):
    return x + 11922
def f11923(x):
    return x + 11923
def f11924(x):
    return x + 11924
def f11925(x):
    return x + 11925
def f11926(x):
    return x + 11926
def f11927(x):
    return x + 11927
def f11928(x):
    return x + 11928
def f11929(x):
    return x + 11929
def f11930(x):
    return x + 11930
def f11931(x):
    return x + 11931
def f11932(x):
    return x + 11932
def f11933(x):
    return x + 11933
def f11934(x):
    return x + 11934
def f11935(x):
    return x + 11935
def f11936(x):
    return x + 11936
def f11937(x):
    return x + 11937
def f11938(x):
    return x + 11938
def f11939(x):
    return x + 11939
def f11940(x):
    return x + 11940
def f11941(x):
    return x + 11941
def f11942(x):
    return x + 11942
def f11943(x):
    return x + 11943
def f11944(x):
    return x + 11944
def f11945(x):
    return x + 11945
def f11946(x):
    return x + 11946
def f11947(x):
    return x + 11947
def f11948(x):
    return x + 11948
def f11949(x):
    return x + 11949
def f11950(x):
    return x + 11950
def f11951(x):
    return x + 11951
def f11952(x):
    return x + 11952
def f11953(x):
    return x + 11953
def f11954(x):
    return x + 11954
def f11955(x):
    return x + 11955
def f11956(x):
    return x + 11956
def f11957(x):
    return x + 11957
def f11958(x):
    return x + 11958
def f11959(x):
    return x + 11959
def f11960(x):
    return x + 11960
def f11961(x):
    return x + 11961
def f11962(x):
    return x + 11962
def f11963(x):
    return x + 11963
def f11964(x):
    return x + 11964
def f11965(x):
    return x + 11965
def f11966(x):
    return x + 11966
def f11967(x):
    return x + 11967
def f11968(x):
    return x + 11968
def f11969(x):
    return x + 11969
def f11970(x):
    return x + 11970
def f11971(x):
    return x + 11971
def f11972(x):
    return x + 11972
def f11973(x):
    return x + 11973
def f11974(x):
    return x + 11974
def f11975(x):
    return x + 11975
def f11976(x):
    return x + 11976
def f11977(x):
    return x + 11977
def f11978(x):
    return x + 11978
def f11979(x):
    return x + 11979
def f11980(x):
    return x + 11980
def f11981(x):
    return x + 11981
def f11982(x):
    return x + 11982
def f11983(x):
    return x + 11983
def f11984(x):
    return x + 11984
def f11985(x):
    return x + 11985
def f11986(x):
    return x + 11986
def f11987(x):
    return x + 11987
def f11988(x):
    return x + 11988
def f11989(x):
    return x + 11989
def f11990(x):
    return x + 11990
def f11991(x):
    return x + 11991
def f11992(x):
    return x + 11992
def f11993(x):
    return x + 11993
def f11994(x):
    return x + 11994
def f11995(x):
    return x + 11995
def f11996(x):
    return x + 11996
def f11997(x):
    return x + 11997
def f11998(x):
    return x + 11998
def f11999(x):
    return x + 11999
def f12000(x):
    return x + 12000
def f12001(x):
    return x + 12001
def f12002(x):
    return x + 12002
def f12003(x):
    return x + 12003
def f12004(x):
    return x + 12004
def f12005(x):
    return x + 12005
def f12006(x):
    return x + 12006
def f12007(x):
    return x + 12007
def f12008(x):
    return x + 12008
def f12009(x):
    return x + 12009
def f12010(x):
    return x + 12010
def f12011(x):
    return x + 12011
def f12012(x):
    return x + 12012
def f12013(x):
    return x + 12013
def f12014(x):
    return x + 12014
def f12015(x):
    return x + 12015
def f12016(x):
    return x + 12016
def f12017(x):
    return x + 12017
def f12018(x):
    return x + 12018
def f12019(x):
    return x + 12019
def f12020(x):
    return x + 12020
def f12021(x):
    return x + 12021
def f12022(x):
    return x + 12022
def f12023(x):
    return x + 12023
def f12024(x):
    return x + 12024
def f12025(x):
    return x + 12025
def f12026(x):
    return x + 12026
def f12027(x):
    return x + 12027
def f12028(x):
    return x + 12028
def f12029(x):
    return x + 12029
def f12030(x):
    return x + 12030
def f12031(x):
    return x + 12031
def f12032(x):
    return x + 12032
def f12033(x):
    return x + 12033
def f12034(x):
    return x + 12034
def f12035(x):
    return x + 12035
def f12036(x):
    return x + 12036
def f12037(x):
    return x + 12037
def f12038(x):
    return x + 12038
def f12039(x):
    return x + 12039
def f12040(x):
    return x + 12040
def f12041(x):
    return x + 12041
def f12042(x):
    return x + 12042
def f12043(x):
    return x + 12043
def f12044(x):
    return x + 12044
def f12045(x):
    return x + 12045
def f12046(x):
    return x + 12046
def f12047(x):
    return x + 12047
def f12048(x):
    return x + 12048
def f12049(x):
    return x + 12049
def f12050(x):
    return x + 12050
def f12051(x):
    return x + 12051
def f12052(x):
    return x + 12052
def f12053(x):
    return x + 12053
def f12054(x):
    return x + 12054
def f12055(x):
    return x + 12055
def f12056(x):
    return x + 12056
def f12057(x):
    return x + 12057
def f12058(x):
    return x + 12058
def f12059(x):
    return x + 12059
def f12060(x):
    return x + 12060
def f12061(x):
    return x + 12061
def f12062(x):
    return x + 12062
def f12063(x):
    return x + 12063
def f12064(x):
    return x + 12064
def f12065(x):
    return x + 12065
def f12066(x):
    return x + 12066
def f12067(x):
    return x + 12067
def f12068(x):
    return x + 12068
def f12069(x):
    return x + 12069
def f12070(x):
    return x + 12070
def f12071(x):
    return x + 12071
def f12072(x):
    return x + 12072
def f12073(x):
    return x + 12073
def f12074(x):
    return x + 12074
def f12075(x):
    return x + 12075
def f12076(x):
    return x + 12076
def f12077(x):
    return x + 12077
def f12078(x):
    return x + 12078
def f12079(x):
    return x + 12079
def f12080(x):
    return x + 12080
def f12081(x):
    return x + 12081
def f12082(x):
    return x + 12082
def f12083(x):
    return x + 12083
def f12084(x):
    return x + 12084
def f12085(x):
    return x + 12085
def f12086(x):
    return x + 12086
def f12087(x):
    return x + 12087
def f12088(x):
    return x + 12088
def f12089(x):
    return x + 12089
def f12090(x):
    return x + 12090
def f12091(x):
    return x + 12091
def f12092(x):
    return x + 12092
def f12093(x):
    return x + 12093
def f12094(x):
    return x + 12094
def f12095(x):
    return x + 12095
def f12096(x):
    return x + 12096
def f12097(x):
    return x + 12097
def f12098(x):
    return x + 12098
def f12099(x):
    return x + 12099
def f12100(x):
    return x + 12100
def f12101(x):
    return x + 12101
def f12102(x):
    return x + 12102
def f12103(x):
    return x + 12103
def f12104(x):
    return x + 12104
def f12105(x):
    return x + 12105
def f12106(x):
    return x + 12106
def f12107(x):
    return x + 12107
def f12108(x):
    return x + 12108
def f12109(x):
    return x + 12109
def f12110(x):
    return x + 12110
def f12111(x):
    return x + 12111
def f12112(x):
    return x + 12112
def f12113(x):
    return x + 12113
def f12114(x):
    return x + 12114
def f12115(x):
    return x + 12115
def f12116(x):
    return x + 12116
def f12117(x):
    return x + 12117
def f12118(x):
    return x + 12118
def f12119(x):
    return x + 12119
def f12120(x):
    return x + 12120
def f12121(x):
    return x + 12121
def f12122(x):
    return x + 12122
def f12123(x):
    return x + 12123
def f12124(x):
    return x + 12124
def f12125(x):
    return x + 12125
def f12126(x):
    return x + 12126
def f12127(x):
    return x + 12127
def f12128(x):
    return x + 12128
def f12129(x):
    return x + 12129
def f12130(x):
    return x + 12130
def f12131(x):
    return x + 12131
def f12132(x):
    return x + 12132
def f12133(x):
    return x + 12133
def f12134(x):
    return x + 12134
def f12135(x):
    return x + 12135
def f12136(x):
    return x + 12136
def f12137(x):
    return x + 12137
def f12138(x):
    return x + 12138
def f12139(x):
    return x + 12139
def f12140(x):
    return x + 12140
def f12141(x):
    return x + 12141
def f12142(x):
    return x + 12142
def f12143(x):
    return x + 12143
def f12144(x):
    return x + 12144
def f12145(x):
    return x + 12145
def f12146(x):
    return x + 12146
def f12147(x):
    return x + 12147
def f12148(x):
    return x + 12148
def f12149(x):
    return x + 12149
def f12150(x):
    return x + 12150
def f12151(x):
    return x + 12151
def f12152(x):
    return x + 12152
def f12153(x):
    return x + 12153
def f12154(x):
    return x + 12154
def f12155(x):
    return x + 12155
def f12156(x):
    return x + 12156
def f12157(x):
    return x + 12157
def f12158(x):
    return x + 12158
def f12159(x):
    return x + 12159
def f12160(x):
    return x + 12160
def f12161(x):
    return x + 12161
def f12162(x):
    return x + 12162
def f12163(x):
    return x + 12163
def f12164(x):
    return x + 12164
def f12165(x):
    return x + 12165
def f12166(x):
    return x + 12166
def f12167(x):
    return x + 12167
def f12168(x):
    return x + 12168
def f12169(x):
    return x + 12169
def f12170(x):
    return x + 12170
def f12171(x):
    return x + 12171
def f12172(x):
    return x + 12172
def f12173(x):
    return x + 12173
def f12174(x):
    return x + 12174
def f12175(x):
    return x + 12175
def f12176(x):
    return x + 12176
def f12177(x):
    return x + 12177
def f12178(x):
    return x + 12178
def f12179(x):
    return x + 12179
def f12180(x):
    return x + 12180
def f12181(x):
    return x + 12181
def f12182(x):
    return x + 12182
def f12183(x):
    return x + 12183
def f12184(x):
    return x + 12184
def f12185(x):
    return x + 12185
def f12186(x):
    return x + 12186
def f12187(x):
    return x + 12187
def f12188(x):
    return x + 12188
def f12189(x):
    return x + 12189
def f12190(x):
    return x + 12190
def f12191(x):
    return x + 12191
def f12192(x):
    return x + 12192
def f12193(x):
    return x + 12193
def f12194(x):
    return x + 12194
def f12195(x):
    return x + 12195
def f12196(x):
    return x + 12196
def f12197(x):
    return x + 12197
def f12198(x):
    return x + 12198
def f12199(x):
    return x + 12199
def f12200(x):
    return x + 12200
def f12201(x):
    return x + 12201
def f12202(x):
    return x + 12202
def f12203(x):
    return x + 12203
def f12204(x):
    return x + 12204
def f12205(x):
    return x + 12205
def f12206(x):
    return x + 12206
def f12207(x):
    return x + 12207
def f12208(x):
    return x + 12208
def f12209(x):
    return x + 12209
def f12210(x):
    return x + 12210
def f12211(x):
    return x + 12211
def f12212(x):
    return x + 12212
def f12213(x):
    return x + 12213
def f12214(x):
    return x + 12214
def f12215(x):
    return x + 12215
def f12216(x):
    return x + 12216
def f12217(x):
    return x + 12217
def f12218(x):
    return x + 12218
def f12219(x):
    return x + 12219
def f12220(x):
    return x + 12220
def f12221(x):
    return x + 12221
def f12222(x):
    return x + 12222
def f12223(x):
    return x + 12223
def f12224(x):
    return x + 12224
def f12225(x):
    return x + 12225
def f12226(x):
    return x + 12226
def f12227(x):
    return x + 12227
def f12228(x):
    return x + 12228
def f12229(x):
    return x + 12229
def f12230(x):
    return x + 12230
def f12231(x):
    return x + 12231
def f12232(x):
    return x + 12232
def f12233(x):
    return x + 12233
def f12234(x):
    return x + 12234
def f12235(x):
    return x + 12235
def f12236(x):
    return x + 12236
def f12237(x):
    return x + 12237
def f12238(x):
    return x + 12238
def f12239(x):
    return x + 12239
def f12240(x):
    return x + 12240
def f12241(x):
    return x + 12241
def f12242(x):
    return x + 12242
def f12243(x):
    return x + 12243
def f12244(x):
    return x + 12244
def f12245(x):
    return x + 12245
def f12246(x):
    return x + 12246
def f12247(x):
    return x + 12247
def f12248(x):
    return x + 12248
def f12249(x):
    return x + 12249
def f12250(x):
    return x + 12250
def f12251(x):
    return x + 12251
def f12252(x):
    return x + 12252
def f12253(x):
    return x + 12253
def f12254(x):
    return x + 12254
def f12255(x):
    return x + 12255
def f12256(x):
    return x + 12256
def f12257(x):
    return x + 12257
def f12258(x):
    return x + 12258
def f12259(x):
    return x + 12259
def f12260(x):
    return x + 12260
def f12261(x):
    return x + 12261
def f12262(x):
    return x + 12262
def f12263(x):
    return x + 12263
def f12264(x):
    return x + 12264
def f12265(x):
    return x + 12265
def f12266(x):
    return x + 12266
def f12267(x):
    return x + 12267
def f12268(x):
    return x + 12268
def f12269(x):
    return x + 12269
def f12270(x):
    return x + 12270
def f12271(x):
    return x + 12271
def f12272(x):
    return x + 12272
def f12273(x):
    return x + 12273
def f12274(x):
    return x + 12274
def f12275(x):
    return x + 12275
def f12276(x):
    return x + 12276
def f12277(x):
    return x + 12277
def f12278(x):
    return x + 12278
def f12279(x):
    return x + 12279
def f12280(x):
    return x + 12280
def f12281(x):
    return x + 12281
def f12282(x):
    return x + 12282
def f12283(x):
    return x + 12283
def f12284(x):
    return x + 12284
def f12285(x):
    return x + 12285
def f12286(x):
    return x + 12286
def f12287(x):
    return x + 12287
def f12288(x):
    return x + 12288
def f12289(x):
    return x + 12289
def f12290(x):
    return x + 12290
def f12291(x):
    return x + 12291
def f12292(x):
    return x + 12292
def f12293(x):
    return x + 12293
def f12294(x):
    return x + 12294
def f12295(x):
    return x + 12295
def f12296(x):
    return x + 12296
def f12297(x):
    return x + 12297
def f12298(x):
    return x + 12298
def f12299(x):
    return x + 12299
def f12300(x):
    return x + 12300
def f12301(x):
    return x + 12301
def f12302(x):
    return x + 12302
def f12303(x):
    return x + 12303
def f12304(x):
    return x + 12304
def f12305(x):
    return x + 12305
def f12306(x):
    return x + 12306
def f12307(x):
    return x + 12307
def f12308(x):
    return x + 12308
def f12309(x):
    return x + 12309
def f12310(x):
    return x + 12310
def f12311(x):
    return x + 12311
def f12312(x):
    return x + 12312
def f12313(x):
    return x + 12313
def f12314(x):
    return x + 12314
def f12315(x):
    return x + 12315
def f12316(x):
    return x + 12316
def f12317(x):
    return x + 12317
def f12318(x):
    return x + 12318
def f12319(x):
    return x + 12319
def f12320(x):
    return x + 12320
def f12321(x):
    return x + 12321
def f12322(x):
    return x + 12322
def f12323(x):
    return x + 12323
def f12324(x):
    return x + 12324
def f12325(x):
    return x + 12325
def f12326(x):
    return x + 12326
def f12327(x):
    return x + 12327
def f12328(x):
    return x + 12328
def f12329(x):
    return x + 12329
def f12330(x):
    return x + 12330
def f12331(x):
    return x + 12331
def f12332(x):
    return x + 12332
def f12333(x):
    return x + 12333
def f12334(x):
    return x + 12334
def f12335(x):
    return x + 12335
def f12336(x):
    return x + 12336
def f12337(x):
    return x + 12337
def f12338(x):
    return x + 12338
def f12339(x):
    return x + 12339
def f12340(x):
    return x + 12340
def f12341(x):
    return x + 12341
def f12342(x):
    return x + 12342
def f12343(x):
    return x + 12343
def f12344(x):
    return x + 12344
def f12345(x):
    return x + 12345
def f12346(x):
    return x + 12346
def f12347(x):
    return x + 12347
def f12348(x):
    return x + 12348
def f12349(x):
    return x + 12349
def f12350(x):
    return x + 12350
def f12351(x):
    return x + 12351
def f12352(x):
    return x + 12352
def f12353(x):
    return x + 12353
def f12354(x):
    return x + 12354
def f12355(x):
    return x + 12355
def f12356(x):
    return x + 12356
def f12357(x):
    return x + 12357
def f12358(x):
    return x + 12358
def f12359(x):
    return x + 12359
def f12360(x):
    return x + 12360
def f12361(x):
    return x + 12361
def f12362(x):
    return x + 12362
def f12363(x):
    return x + 12363
def f12364(x):
    return x + 12364
def f12365(x):
    return x + 12365
def f12366(x):
    return x + 12366
def f12367(x):
    return x + 12367
def f12368(x):
    return x + 12368
def f12369(x):
    return x + 12369
def f12370(x):
    return x + 12370
def f12371(x):
    return x + 12371
def f12372(x):
    return x + 12372
def f12373(x):
    return x + 12373
def f12374(x):
    return x + 12374
def f12375(x):
    return x + 12375
def f12376(x):
    return x + 12376
def f12377(x):
    return x + 12377
def f12378(x):
    return x + 12378
def f12379(x):
    return x + 12379
def f12380(x):
    return x + 12380
def f12381(x):
    return x + 12381
def f12382(x):
    return x + 12382
def f12383(x):
    return x + 12383
def f12384(x):
    return x + 12384
def f12385(x):
    return x + 12385
def f12386(x):
    return x + 12386
def f12387(x):
    return x + 12387
def f12388(x):
    return x + 12388
def f12389(x):
    return x + 12389
def f12390(x):
    return x + 12390
def f12391(x):
    return x + 12391
def f12392(x):
    return x + 12392
def f12393(x):
    return x + 12393
def f12394(x):
    return x + 12394
def f12395(x):
    return x + 12395
def f12396(x):
    return x + 12396
def f12397(x):
    return x + 12397
def f12398(x):
    return x + 12398
def f12399(x):
    return x + 12399
def f12400(x):
    return x + 12400
def f12401(x):
    return x + 12401
def f12402(x):
    return x + 12402
def f12403(x):
    return x + 12403
def f12404(x):
    return x + 12404
def f12405(x):
    return x + 12405
def f12406(x):
    return x + 12406
def f12407(x):
    return x + 12407
def f12408(x):
    return x + 12408
def f12409(x):
    return x + 12409
def f12410(x):
    return x + 12410
def f12411(x):
    return x + 12411
def f12412(x):
    return x + 12412
def f12413(x):
    return x + 12413
def f12414(x):
    return x + 12414
def f12415(x):
    return x + 12415
def f12416(x):
    return x + 12416
def f12417(x):
    return x + 12417
def f12418(x):
    return x + 12418
def f12419(x):
    return x + 12419
def f12420(x):
    return x + 12420
def f12421(x):
    return x + 12421
def f12422(x):
    return x + 12422
def f12423(x):
    return x + 12423
def f12424(x):
    return x + 12424
def f12425(x):
    return x + 12425
def f12426(x):
    return x + 12426
def f12427(x):
    return x + 12427
def f12428(x):
    return x + 12428
def f12429(x):
    return x + 12429
def f12430(x):
    return x + 12430
def f12431(x):
    return x + 12431
def f12432(x):
    return x + 12432
def f12433(x):
    return x + 12433
def f12434(x):
    return x + 12434
def f12435(x):
    return x + 12435
def f12436(x):
    return x + 12436
def f12437(x):
    return x + 12437
def f12438(x):
    return x + 12438
def f12439(x):
    return x + 12439
def f12440(x):
    return x + 12440
def f12441(x):
    return x + 12441
def f12442(x):
    return x + 12442
def f12443(x):
    return x + 12443
def f12444(x):
    return x + 12444
def f12445(x):
    return x + 12445
def f12446(x):
    return x + 12446
def f12447(x):
    return x + 12447
def f12448(x):
    return x + 12448
def f12449(x):
    return x + 12449
def f12450(x):
    return x + 12450
def f12451(x):
    return x + 12451
def f12452(x):
    return x + 12452
def f12453(x):
    return x + 12453
def f12454(x):
    return x + 12454
def f12455(x):
    return x + 12455
def f12456(x):
    return x + 12456
def f12457(x):
    return x + 12457
def f12458(x):
    return x + 12458
def f12459(x):
    return x + 12459
def f12460(x):
    return x + 12460
def f12461(x):
    return x + 12461
def f12462(x):
    return x + 12462
def f12463(x):
    return x + 12463
def f12464(x):
    return x + 12464
def f12465(x):
    return x + 12465
def f12466(x):
    return x + 12466
def f12467(x):
    return x + 12467
def f12468(x):
    return x + 12468
def f12469(x):
    return x + 12469
def f12470(x):
    return x + 12470
def f12471(x):
    return x + 12471
def f12472(x):
    return x + 12472
def f12473(x):
    return x + 12473
def f12474(x):
    return x + 12474
def f12475(x):
    return x + 12475
def f12476(x):
    return x + 12476
def f12477(x):
    return x + 12477
def f12478(x):
    return x + 12478
def f12479(x):
    return x + 12479
def f12480(x):
    return x + 12480
def f12481(x):
    return x + 12481
def f12482(x):
    return x + 12482
def f12483(x):
    return x + 12483
def f12484(x):
    return x + 12484
def f12485(x):
    return x + 12485
def f12486(x):
    return x + 12486
def f12487(x):
    return x + 12487
def f12488(x):
    return x + 12488
def f12489(x):
    return x + 12489
def f12490(x):
    return x + 12490
def f12491(x):
    return x + 12491
def f12492(x):
    return x + 12492
def f12493(x):
    return x + 12493
def f12494(x):
    return x + 12494
def f12495(x):
    return x + 12495
def f12496(x):
    return x + 12496
def f12497(x):
    return x + 12497
def f12498(x):
    return x + 12498
def f12499(x):
    return x + 12499
def f12500(x):
    return x + 12500
def f12501(x):
    return x + 12501
def f12502(x):
    return x + 12502
def f12503(x):
    return x + 12503
def f12504(x):
    return x + 12504
def f12505(x):
    return x + 12505
def f12506(x):
    return x + 12506
def f12507(x):
    return x + 12507
def f12508(x):
    return x + 12508
def f12509(x):
    return x + 12509
def f12510(x):
    return x + 12510
def f12511(x):
    return x + 12511
def f12512(x):
    return x + 12512
def f12513(x):
    return x + 12513
def f12514(x):
    return x + 12514
def f12515(x):
    return x + 12515
def f12516(x):
    return x + 12516
def f12517(x):
    return x + 12517
def f12518(x):
    return x + 12518
def f12519(x):
    return x + 12519
def f12520(x):
    return x + 12520
def f12521(x):
    return x + 12521
def f12522(x):
    return x + 12522
def f12523(x):
    return x + 12523
def f12524(x):
    return x + 12524
def f12525(x):
    return x + 12525
def f12526(x):
    return x + 12526
def f12527(x):
    return x + 12527
def f12528(x):
    return x + 12528
def f12529(x):
    return x + 12529
def f12530(x):
    return x + 12530
def f12531(x):
    return x + 12531
def f12532(x):
    return x + 12532
def f12533(x):
    return x + 12533
def f12534(x):
    return x + 12534
def f12535(x):
    return x + 12535
def f12536(x):
    return x + 12536
def f12537(x):
    return x + 12537
def f12538(x):
    return x + 12538
def f12539(x):
    return x + 12539
def f12540(x):
    return x + 12540
def f12541(x):
    return x + 12541
def f12542(x):
    return x + 12542
def f12543(x):
    return x + 12543
def f12544(x):
    return x + 12544
def f12545(x):
    return x + 12545
def f12546(x):
    return x + 12546
def f12547(x):
    return x + 12547
def f12548(x):
    return x + 12548
def f12549(x):
    return x + 12549
def f12550(x):
    return x + 12550
def f12551(x):
    return x + 12551
def f12552(x):
    return x + 12552
def f12553(x):
    return x + 12553
def f12554(x):
    return x + 12554
def f12555(x):
    return x + 12555
def f12556(x):
    return x + 12556
def f12557(x):
    return x + 12557
def f12558(x):
    return x + 12558
def f12559(x):
    return x + 12559
def f12560(x):
    return x + 12560
def f12561(x):
    return x + 12561
def f12562(x):
    return x + 12562
def f12563(x):
    return x + 12563
def f12564(x):
    return x + 12564
def f12565(x):
    return x + 12565
def f12566(x):
    return x + 12566
def f12567(x):
    return x + 12567
def f12568(x):
    return x + 12568
def f12569(x):
    return x + 12569
def f12570(x):
    return x + 12570
def f12571(x):
    return x + 12571
def f12572(x):
    return x + 12572
def f12573(x):
    return x + 12573
def f12574(x):
    return x + 12574
def f12575(x):
    return x + 12575
def f12576(x):
    return x + 12576
def f12577(x):
    return x + 12577
def f12578(x):
    return x + 12578
def f12579(x):
    return x + 12579
def f12580(x):
    return x + 12580
def f12581(x):
    return x + 12581
def f12582(x):
    return x + 12582
def f12583(x):
    return x + 12583
def f12584(x):
    return x + 12584
def f12585(x):
    return x + 12585
def f12586(x):
    return x + 12586
def f12587(x):
    return x + 12587
def f12588(x):
    return x + 12588
def f12589(x):
    return x + 12589
def f12590(x):
    return x + 12590
def f12591(x):
    return x + 12591
def f12592(x):
    return x + 12592
def f12593(x):
    return x + 12593
def f12594(x):
    return x + 12594
def f12595(x):
    return x + 12595
def f12596(x):
    return x + 12596
def f12597(x):
    return x + 12597
def f12598(x):
    return x + 12598
def f12599(x):
    return x + 12599
def f12600(x):
    return x + 12600
def f12601(x):
    return x + 12601
def f12602(x):
    return x + 12602
def f12603(x):
    return x + 12603
def f12604(x):
    return x + 12604
def f12605(x):
    return x + 12605
def f12606(x):
    return x + 12606
def f12607(x):
    return x + 12607
def f12608(x):
    return x + 12608
def f12609(x):
    return x + 12609
def f12610(x):
    return x + 12610
def f12611(x):
    return x + 12611
def f12612(x):
    return x + 12612
def f12613(x):
    return x + 12613
def f12614(x):
    return x + 12614
def f12615(x):
    return x + 12615
def f12616(x):
    return x + 12616
def f12617(x):
    return x + 12617
def f12618(x):
    return x + 12618
def f12619(x):
    return x + 12619
def f12620(x):
    return x + 12620
def f12621(x):
    return x + 12621
def f12622(x):
    return x + 12622
def f12623(x):
    return x + 12623
def f12624(x):
    return x + 12624
def f12625(x):
    return x + 12625
def f12626(x):
    return x + 12626
def f12627(x):
    return x + 12627
def f12628(x):
    return x + 12628
def f12629(x):
    return x + 12629
def f12630(x):
    return x + 12630
def f12631(x):
    return x + 12631
def f12632(x):
    return x + 12632
def f12633(x):
    return x + 12633
def f12634(x):
    return x + 12634
def f12635(x):
    return x + 12635
def f12636(x):
    return x + 12636
def f12637(x):
    return x + 12637
def f12638(x):
    return x + 12638
def f12639(x):
    return x + 12639
def f12640(x):
    return x + 12640
def f12641(x):
    return x + 12641
def f12642(x):
    return x + 12642
def f12643(x):
    return x + 12643
def f12644(x):
    return x + 12644
def f12645(x):
    return x + 12645
def f12646(x):
    return x + 12646
def f12647(x):
    return x + 12647
def f12648(x):
    return x + 12648
def f12649(x):
    return x + 12649
def f12650(x):
    return x + 12650
def f12651(x):
    return x + 12651
def f12652(x):
    return x + 12652
def f12653(x):
    return x + 12653
def f12654(x):
    return x + 12654
def f12655(x):
    return x + 12655
def f12656(x):
    return x + 12656
def f12657(x):
    return x + 12657
def f12658(x):
    return x + 12658
def f12659(x):
    return x + 12659
def f12660(x):
    return x + 12660
def f12661(x):
    return x + 12661
def f12662(x):
    return x + 12662
def f12663(x):
    return x + 12663
def f12664(x):
    return x + 12664
def f12665(x):
    return x + 12665
def f12666(x):
    return x + 12666
def f12667(x):
    return x + 12667
def f12668(x):
    return x + 12668
def f12669(x):
    return x + 12669
def f12670(x):
    return x + 12670
def f12671(x):
    return x + 12671
def f12672(x):
    return x + 12672
def f12673(x):
    return x + 12673
def f12674(x):
    return x + 12674
def f12675(x):
    return x + 12675
def f12676(x):
    return x + 12676
def f12677(x):
    return x + 12677
def f12678(x):
    return x + 12678
def f12679(x):
    return x + 12679
def f12680(x):
    return x + 12680
def f12681(x):
    return x + 12681
def f12682(x):
    return x + 12682
def f12683(x):
    return x + 12683
def f12684(x):
    return x + 12684
def f12685(x):
    return x + 12685
def f12686(x):
    return x + 12686
def f12687(x):
    return x + 12687
def f12688(x):
    return x + 12688
def f12689(x):
    return x + 12689
def f12690(x):
    return x + 12690
def f12691(x):
    return x + 12691
def f12692(x):
    return x + 12692
def f12693(x):
    return x + 12693
def f12694(x):
    return x + 12694
def f12695(x):
    return x + 12695
def f12696(x):
    return x + 12696
def f12697(x):
    return x + 12697
def f12698(x):
    return x + 12698
def f12699(x):
    return x + 12699
def f12700(x):
    return x + 12700
def f12701(x):
    return x + 12701
def f12702(x):
    return x + 12702
def f12703(x):
    return x + 12703
def f12704(x):
    return x + 12704
def f12705(x):
    return x + 12705
def f12706(x):
    return x + 12706
def f12707(x):
    return x + 12707
def f12708(x):
    return x + 12708
def f12709(x):
    return x + 12709
def f12710(x):
    return x + 12710
def f12711(x):
    return x + 12711
def f12712(x):
    return x + 12712
def f12713(x):
    return x + 12713
def f12714(x):
    return x + 12714
def f12715(x):
    return x + 12715
def f12716(x):
    return x + 12716
def f12717(x):
    return x + 12717
def f12718(x):
    return x + 12718
def f12719(x):
    return x + 12719
def f12720(x):
    return x + 12720
def f12721(x):
    return x + 12721
def f12722(x):
    return x + 12722
def f12723(x):
    return x + 12723
def f12724(x):
    return x + 12724
def f12725(x):
    return x + 12725
def f12726(x):
    return x + 12726
def f12727(x):
    return x + 12727
def f12728(x):
    return x + 12728
def f12729(x):
    return x + 12729
def f12730(x):
    return x + 12730
def f12731(x):
    return x + 12731
def f12732(x):
    return x + 12732
def f12733(x):
    return x + 12733
def f12734(x):
    return x + 12734
def f12735(x):
    return x + 12735
def f12736(x):
    return x + 12736
def f12737(x):
    return x + 12737
def f12738(x):
    return x + 12738
def f12739(x):
    return x + 12739
def f12740(x):
    return x + 12740
def f12741(x):
    return x + 12741
def f12742(x):
    return x + 12742
def f12743(x):
    return x + 12743
def f12744(x):
    return x + 12744
def f12745(x):
    return x + 12745
def f12746(x):
    return x + 12746
def f12747(x):
    return x + 12747
def f12748(x):
    return x + 12748
def f12749(x):
    return x + 12749
def f12750(x):
    return x + 12750
def f12751(x):
    return x + 12751
def f12752(x):
    return x + 12752
def f12753(x):
    return x + 12753
def f12754(x):
    return x + 12754
def f12755(x):
    return x + 12755
def f12756(x):
    return x + 12756
def f12757(x):
    return x + 12757
def f12758(x):
    return x + 12758
def f12759(x):
    return x + 12759
def f12760(x):
    return x + 12760
def f12761(x):
    return x + 12761
def f12762(x):
    return x + 12762
def f12763(x):
    return x + 12763
def f12764(x):
    return x + 12764
def f12765(x):
    return x + 12765
def f12766(x):
    return x + 12766
def f12767(x):
    return x + 12767
def f12768(x):
    return x + 12768
def f12769(x):
    return x + 12769
def f12770(x):
    return x + 12770
def f12771(x):
    return x + 12771
def f12772(x):
    return x + 12772
def f12773(x):
    return x + 12773
def f12774(x):
    return x + 12774
def f12775(x):
    return x + 12775
def f12776(x):
    return x + 12776
def f12777(x):
    return x + 12777
def f12778(x):
    return x + 12778
def f12779(x):
    return x + 12779
def f12780(x):
    return x + 12780
def f12781(x):
    return x + 12781
def f12782(x):
    return x + 12782
def f12783(x):
    return x + 12783
def f12784(x):
    return x + 12784
def f12785(x):
    return x + 12785
def f12786(x):
    return x + 12786
def f12787(x):
    return x + 12787
def f12788(x):
    return x + 12788
def f12789(x):
    return x + 12789
def f12790(x):
    return x + 12790
def f12791(x):
    return x + 12791
def f12792(x):
    return x + 12792
def f12793(x):
    return x + 12793
def f12794(x):
    return x + 12794
def f12795(x):
    return x + 12795
def f12796(x):
    return x + 12796
def f12797(x):
    return x + 12797
def f12798(x):
    return x + 12798
def f12799(x):
    return x + 12799
def f12800(x):
    return x + 12800
def f12801(x):
    return x + 12801
def f12802(x):
    return x + 12802
def f12803(x):
    return x + 12803
def f12804(x):
    return x + 12804
def f12805(x):
    return x + 12805
def f12806(x):
    return x + 12806
def f12807(x):
    return x + 12807
def f12808(x):
    return x + 12808
def f12809(x):
    return x + 12809
def f12810(x):
    return x + 12810
def f12811(x):
    return x + 12811
def f12812(x):
    return x + 12812
def f12813(x):
    return x + 12813
def f12814(x):
    return x + 12814
def f12815(x):
    return x + 12815
def f12816(x):
    return x + 12816
def f12817(x):
    return x + 12817
def f12818(x):
    return x + 12818
def f12819(x):
    return x + 12819
def f12820(x):
    return x + 12820
def f12821(x):
    return x + 12821
def f12822(x):
    return x + 12822
def f12823(x):
    return x + 12823
def f12824(x):
    return x + 12824
def f12825(x):
    return x + 12825
def f12826(x):
    return x + 12826
def f12827(x):
    return x + 12827
def f12828(x):
    return x + 12828
def f12829(x):
    return x + 12829
def f12830(x):
    return x + 12830
def f12831(x):
    return x + 12831
def f12832(x):
    return x + 12832
def f12833(x):
    return x + 12833
def f12834(x):
    return x + 12834
def f12835(x):
    return x + 12835
def f12836(x):
    return x + 12836
def f12837(x):
    return x + 12837
def f12838(x):
    return x + 12838
def f12839(x):
    return x + 12839
def f12840(x):
    return x + 12840
def f12841(x):
    return x + 12841
def f12842(x):
    return x + 12842
def f12843(x):
    return x + 12843
def f12844(x):
    return x + 12844
def f12845(x):
    return x + 12845
def f12846(x):
    return x + 12846
def f12847(x):
    return x + 12847
def f12848(x):
    return x + 12848
def f12849(x):
    return x + 12849
def f12850(x):
    return x + 12850
def f12851(x):
    return x + 12851
def f12852(x):
    return x + 12852
def f12853(x):
    return x + 12853
def f12854(x):
    return x + 12854
def f12855(x):
    return x + 12855
def f12856(x):
    return x + 12856
def f12857(x):
    return x + 12857
def f12858(x):
    return x + 12858
def f12859(x):
    return x + 12859
def f12860(x):
    return x + 12860
def f12861(x):
    return x + 12861
def f12862(x):
    return x + 12862
def f12863(x):
    return x + 12863
def f12864(x):
    return x + 12864
def f12865(x):
    return x + 12865
def f12866(x):
    return x + 12866
def f12867(x):
    return x + 12867
def f12868(x):
    return x + 12868
def f12869(x):
    return x + 12869
def f12870(x):
    return x + 12870
def f12871(x):
    return x + 12871
def f12872(x):
    return x + 12872
def f12873(x):
    return x + 12873
def f12874(x):
    return x + 12874
def f12875(x):
    return x + 12875
def f12876(x):
    return x + 12876
def f12877(x):
    return x + 12877
def f12878(x):
    return x + 12878
def f12879(x):
    return x + 12879
def f12880(x):
    return x + 12880
def f12881(x):
    return x + 12881
def f12882(x):
    return x + 12882
def f12883(x):
    return x + 12883
def f12884(x):
    return x + 12884
def f12885(x):
    return x + 12885
def f12886(x):
    return x + 12886
def f12887(x):
    return x + 12887
def f12888(x):
    return x + 12888
def f12889(x):
    return x + 12889
def f12890(x):
    return x + 12890
def f12891(x):
    return x + 12891
def f12892(x):
    return x + 12892
def f12893(x):
    return x + 12893
def f12894(x):
    return x + 12894
def f12895(x):
    return x + 12895
def f12896(x):
    return x + 12896
def f12897(x):
    return x + 12897
def f12898(x):
    return x + 12898
def f12899(x):
    return x + 12899
def f12900(x):
    return x + 12900
def f12901(x):
    return x + 12901
def f12902(x):
    return x + 12902
def f12903(x):
    return x + 12903
def f12904(x):
    return x + 12904
def f12905(x):
    return x + 12905
def f12906(x):
    return x + 12906
def f12907(x):
    return x + 12907
def f12908(x):
    return x + 12908
def f12909(x):
    return x + 12909
def f12910(x):
    return x + 12910
def f12911(x):
    return x + 12911
def f12912(x):
    return x + 12912
def f12913(x):
    return x + 12913
def f12914(x):
    return x + 12914
def f12915(x):
    return x + 12915
def f12916(x):
    return x + 12916
def f12917(x):
    return x + 12917
def f12918(x):
    return x + 12918
def f12919(x):
    return x + 12919
def f12920(x):
    return x + 12920
def f12921(x):
    return x + 12921
def f12922(x):
    return x + 12922
def f12923(x):
    return x + 12923
def f12924(x):
    return x + 12924
def f12925(x):
    return x + 12925
def f12926(x):
    return x + 12926
def f12927(x):
    return x + 12927
def f12928(x):
    return x + 12928
def f12929(x):
    return x + 12929
def f12930(x):
    return x + 12930
def f12931(x):
    return x + 12931
def f12932(x):
    return x + 12932
def f12933(x):
    return x + 12933
def f12934(x):
    return x + 12934
def f12935(x):
    return x + 12935
def f12936(x):
    return x + 12936
def f12937(x):
    return x + 12937
def f12938(x):
    return x + 12938
def f12939(x):
    return x + 12939
def f12940(x):
    return x + 12940
def f12941(x):
    return x + 12941
def f12942(x):
    return x + 12942
def f12943(x):
    return x + 12943
def f12944(x):
    return x + 12944
def f12945(x):
    return x + 12945
def f12946(x):
    return x + 12946
def f12947(x):
    return x + 12947
def f12948(x):
    return x + 12948
def f12949(x):
    return x + 12949
def f12950(x):
    return x + 12950
def f12951(x):
    return x + 12951
def f12952(x):
    return x + 12952
def f12953(x):
    return x + 12953
def f12954(x):
    return x + 12954
def f12955(x):
    return x + 12955
def f12956(x):
    return x + 12956
def f12957(x):
    return x + 12957
def f12958(x):
    return x + 12958
def f12959(x):
    return x + 12959
def f12960(x):
    return x + 12960
def f12961(x):
    return x + 12961
def f12962(x):
    return x + 12962
def f12963(x):
    return x + 12963
def f12964(x):
    return x + 12964
def f12965(x):
    return x + 12965
def f12966(x):
    return x + 12966
def f12967(x):
    return x + 12967
def f12968(x):
    return x + 12968
def f12969(x):
    return x + 12969
def f12970(x):
    return x + 12970
def f12971(x):
    return x + 12971
def f12972(x):
    return x + 12972
def f12973(x):
    return x + 12973
def f12974(x):
    return x + 12974
def f12975(x):
    return x + 12975
def f12976(x):
    return x + 12976
def f12977(x):
    return x + 12977
def f12978(x):
    return x + 12978
def f12979(x):
    return x + 12979
def f12980(x):
    return x + 12980
def f12981(x):
    return x + 12981
def f12982(x):
    return x + 12982
def f12983(x):
    return x + 12983
def f12984(x):
    return x + 12984
def f12985(x):
    return x + 12985
def f12986(x):
    return x + 12986
def f12987(x):
    return x + 12987
def f12988(x):
    return x + 12988
def f12989(x):
    return x + 12989
def f12990(x):
    return x + 12990
def f12991(x):
    return x + 12991
def f12992(x):
    return x + 12992
def f12993(x):
    return x + 12993
def f12994(x):
    return x + 12994
def f12995(x):
    return x + 12995
def f12996(x):
    return x + 12996
def f12997(x):
    return x + 12997
def f12998(x):
    return x + 12998
def f12999(x):
    return x + 12999
def f13000(x):
    return x + 13000
def f13001(x):
    return x + 13001
def f13002(x):
    return x + 13002
def f13003(x):
    return x + 13003
def f13004(x):
    return x + 13004
def f13005(x):
    return x + 13005
def f13006(x):
    return x + 13006
def f13007(x):
    return x + 13007
def f13008(x):
    return x + 13008
def f13009(x):
    return x + 13009
def f13010(x):
    return x + 13010
def f13011(x):
    return x + 13011
def f13012(x):
    return x + 13012
def f13013(x):
    return x + 13013
def f13014(x):
    return x + 13014
def f13015(x):
    return x + 13015
def f13016(x):
    return x + 13016
def f13017(x):
    return x + 13017
def f13018(x):
    return x + 13018
def f13019(x):
    return x + 13019
def f13020(x):
    return x + 13020
def f13021(x):
    return x + 13021
def f13022(x):
    return x + 13022
def f13023(x):
    return x + 13023
def f13024(x):
    return x + 13024
def f13025(x):
    return x + 13025
def f13026(x):
    return x + 13026
def f13027(x):
    return x + 13027
def f13028(x):
    return x + 13028
def f13029(x):
    return x + 13029
def f13030(x):
    return x + 13030
def f13031(x):
    return x + 13031
def f13032(x):
    return x + 13032
def f13033(x):
    return x + 13033
def f13034(x):
    return x + 13034
def f13035(x):
    return x + 13035
def f13036(x):
    return x + 13036
def f13037(x):
    return x + 13037
def f13038(x):
    return x + 13038
def f13039(x):
    return x + 13039
def f13040(x):
    return x + 13040
def f13041(x):
    return x + 13041
def f13042(x):
    return x + 13042
def f13043(x):
    return x + 13043
def f13044(x):
    return x + 13044
def f13045(x):
    return x + 13045
def f13046(x):
    return x + 13046
def f13047(x):
    return x + 13047
def f13048(x):
    return x + 13048
def f13049(x):
    return x + 13049
def f13050(x):
    return x + 13050
def f13051(x):
    return x + 13051
def f13052(x):
    return x + 13052
def f13053(x):
    return x + 13053
def f13054(x):
    return x + 13054
def f13055(x):
    return x + 13055
def f13056(x):
    return x + 13056
def f13057(x):
    return x + 13057
def f13058(x):
    return x + 13058
def f13059(x):
    return x + 13059
def f13060(x):
    return x + 13060
def f13061(x):
    return x + 13061
def f13062(x):
    return x + 13062
def f13063(x):
    return x + 13063
def f13064(x):
    return x + 13064
def f13065(x):
    return x + 13065
def f13066(x):
    return x + 13066
def f13067(x):
    return x + 13067
def f13068(x):
    return x + 13068
def f13069(x):
    return x + 13069
def f13070(x):
    return x + 13070
def f13071(x):
    return x + 13071
def f13072(x):
    return x + 13072
def f13073(x):
    return x + 13073
def f13074(x):
    return x + 13074
def f13075(x):
    return x + 13075
def f13076(x):
    return x + 13076
def f13077(x):
    return x + 13077
def f13078(x):
    return x + 13078
def f13079(x):
    return x + 13079
def f13080(x):
    return x + 13080
def f13081(x):
    return x + 13081
def f13082(x):
    return x + 13082
def f13083(x):
    return x + 13083
def f13084(x):
    return x + 13084
def f13085(x):
    return x + 13085
def f13086(x):
    return x + 13086
def f13087(x):
    return x + 13087
def f13088(x):
    return x + 13088
def f13089(x):
    return x + 13089
def f13090(x):
    return x + 13090
def f13091(x):
    return x + 13091
def f13092(x):
    return x + 13092
def f13093(x):
    return x + 13093
def f13094(x):
    return x + 13094
def f13095(x):
    return x + 13095
def f13096(x):
    return x + 13096
def f13097(x):
    return x + 13097
def f13098(x):
    return x + 13098
def f13099(x):
    return x + 13099
def f13100(x):
    return x + 13100
def f13101(x):
    return x + 13101
def f13102(x):
    return x + 13102
def f13103(x):
    return x + 13103
def f13104(x):
    return x + 13104
def f13105(x):
    return x + 13105
def f13106(x):
    return x + 13106
def f13107(x):
    return x + 13107
def f13108(x):
    return x + 13108
def f13109(x):
    return x + 13109
def f13110(x):
    return x + 13110
def f13111(x):
    return x + 13111
def f13112(x):
    return x + 13112
def f13113(x):
    return x + 13113
def f13114(x):
    return x + 13114
def f13115(x):
    return x + 13115
def f13116(x):
    return x + 13116
def f13117(x):
    return x + 13117
def f13118(x):
    return x + 13118
def f13119(x):
    return x + 13119
def f13120(x):
    return x + 13120
def f13121(x):
    return x + 13121
def f13122(x):
    return x + 13122
def f13123(x):
    return x + 13123
def f13124(x):
    return x + 13124
def f13125(x):
    return x + 13125
def f13126(x):
    return x + 13126
def f13127(x):
    return x + 13127
def f13128(x):
    return x + 13128
def f13129(x):
    return x + 13129
def f13130(x):
    return x + 13130
def f13131(x):
    return x + 13131
def f13132(x):
    return x + 13132
def f13133(x):
    return x + 13133
def f13134(x):
    return x + 13134
def f13135(x):
    return x + 13135
def f13136(x):
    return x + 13136
def f13137(x):
    return x + 13137
def f13138(x):
    return x + 13138
def f13139(x):
    return x + 13139
def f13140(x):
    return x + 13140
def f13141(x):
    return x + 13141
def f13142(x):
    return x + 13142
def f13143(x):
    return x + 13143
def f13144(x):
    return x + 13144
def f13145(x):
    return x + 13145
def f13146(x):
    return x + 13146
def f13147(x):
    return x + 13147
def f13148(x):
    return x + 13148
def f13149(x):
    return x + 13149
def f13150(x):
    return x + 13150
def f13151(x):
    return x + 13151
def f13152(x):
    return x + 13152
def f13153(x):
    return x + 13153
def f13154(x):
    return x + 13154
def f13155(x):
    return x + 13155
def f13156(x):
    return x + 13156
def f13157(x):
    return x + 13157
def f13158(x):
    return x + 13158
def f13159(x):
    return x + 13159
def f13160(x):
    return x + 13160
def f13161(x):
    return x + 13161
def f13162(x):
    return x + 13162
def f13163(x):
    return x + 13163
def f13164(x):
    return x + 13164
def f13165(x):
    return x + 13165
def f13166(x):
    return x + 13166
def f13167(x):
    return x + 13167
def f13168(x):
    return x + 13168
def f13169(x):
    return x + 13169
def f13170(x):
    return x + 13170
def f13171(x):
    return x + 13171
def f13172(x):
    return x + 13172
def f13173(x):
    return x + 13173
def f13174(x):
    return x + 13174
def f13175(x):
    return x + 13175
def f13176(x):
    return x + 13176
def f13177(x):
    return x + 13177
def f13178(x):
    return x + 13178
def f13179(x):
    return x + 13179
def f13180(x):
    return x + 13180
def f13181(x):
    return x + 13181
def f13182(x):
    return x + 13182
def f13183(x):
    return x + 13183
def f13184(x):
    return x + 13184
def f13185(x):
    return x + 13185
def f13186(x):
    return x + 13186
def f13187(x):
    return x + 13187
def f13188(x):
    return x + 13188
def f13189(x):
    return x + 13189
def f13190(x):
    return x + 13190
def f13191(x):
    return x + 13191
def f13192(x):
    return x + 13192
def f13193(x):
    return x + 13193
def f13194(x):
    return x + 13194
def f13195(x):
    return x + 13195
def f13196(x):
    return x + 13196
def f13197(x):
    return x + 13197
def f13198(x):
    return x + 13198
def f13199(x):
    return x + 13199
def f13200(x):
    return x + 13200
def f13201(x):
    return x + 13201
def f13202(x):
    return x + 13202
def f13203(x):
    return x + 13203
def f13204(x):
    return x + 13204
def f13205(x):
    return x + 13205
def f13206(x):
    return x + 13206
def f13207(x):
    return x + 13207
def f13208(x):
    return x + 13208
def f13209(x):
    return x + 13209
def f13210(x):
    return x + 13210
def f13211(x):
    return x + 13211
def f13212(x):
    return x + 13212
def f13213(x):
    return x + 13213
def f13214(x):
    return x + 13214
def f13215(x):
    return x + 13215
def f13216(x):
    return x + 13216
def f13217(x):
    return x + 13217
def f13218(x):
    return x + 13218
def f13219(x):
    return x + 13219
def f13220(x):
    return x + 13220
def f13221(x):
    return x + 13221
def f13222(x):
    return x + 13222
def f13223(x):
    return x + 13223
def f13224(x):
    return x + 13224
def f13225(x):
    return x + 13225
def f13226(x):
    return x + 13226
def f13227(x):
    return x + 13227
def f13228(x):
    return x + 13228
def f13229(x):
    return x + 13229
def f13230(x):
    return x + 13230
def f13231(x):
    return x + 13231
def f13232(x):
    return x + 13232
def f13233(x):
    return x + 13233
def f13234(x):
    return x + 13234
def f13235(x):
    return x + 13235
def f13236(x):
    return x + 13236
def f13237(x):
    return x + 13237
def f13238(x):
    return x + 13238
def f13239(x):
    return x + 13239
def f13240(x):
    return x + 13240
def f13241(x):
    return x + 13241
def f13242(x):
    return x + 13242
def f13243(x):
    return x + 13243
def f13244(x):
    return x + 13244
def f13245(x):
    return x + 13245
def f13246(x):
    return x + 13246
def f13247(x):
    return x + 13247
def f13248(x):
    return x + 13248
def f13249(x):
    return x + 13249
def f13250(x):
    return x + 13250
def f13251(x):
    return x + 13251
def f13252(x):
    return x + 13252
def f13253(x):
    return x + 13253
def f13254(x):
    return x + 13254
def f13255(x):
    return x + 13255
def f13256(x):
    return x + 13256
def f13257(x):
    return x + 13257
def f13258(x):
    return x + 13258
def f13259(x):
    return x + 13259
def f13260(x):
    return x + 13260
def f13261(x):
    return x + 13261
def f13262(x):
    return x + 13262
def f13263(x):
    return x + 13263
def f13264(x):
    return x + 13264
def f13265(x):
    return x + 13265
def f13266(x):
    return x + 13266
def f13267(x):
    return x + 13267
def f13268(x):
    return x + 13268
def f13269(x):
    return x + 13269
def f13270(x):
    return x + 13270
def f13271(x):
    return x + 13271
def f13272(x):
    return x + 13272
def f13273(x):
    return x + 13273
def f13274(x):
    return x + 13274
def f13275(x):
    return x + 13275
def f13276(x):
    return x + 13276
def f13277(x):
    return x + 13277
def f13278(x):
    return x + 13278
def f13279(x):
    return x + 13279
def f13280(x):
    return x + 13280
def f13281(x):
    return x + 13281
def f13282(x):
    return x + 13282
def f13283(x):
    return x + 13283
def f13284(x):
    return x + 13284
def f13285(x):
    return x + 13285
def f13286(x):
    return x + 13286
def f13287(x):
    return x + 13287
def f13288(x):
    return x + 13288
def f13289(x):
    return x + 13289
def f13290(x):
    return x + 13290
def f13291(x):
    return x + 13291
def f13292(x):
    return x + 13292
def f13293(x):
    return x + 13293
def f13294(x):
    return x + 13294
def f13295(x):
    return x + 13295
def f13296(x):
    return x + 13296
def f13297(x):
    return x + 13297
def f13298(x):
    return x + 13298
def f13299(x):
    return x + 13299
def f13300(x):
    return x + 13300
def f13301(x):
    return x + 13301
def f13302(x):
    return x + 13302
def f13303(x):
    return x + 13303
def f13304(x):
    return x + 13304
def f13305(x):
    return x + 13305
def f13306(x):
    return x + 13306
def f13307(x):
    return x + 13307
def f13308(x):
    return x + 13308
def f13309(x):
    return x + 13309
def f13310(x):
    return x + 13310
def f13311(x):
    return x + 13311
def f13312(x):
    return x + 13312
def f13313(x):
    return x + 13313
def f13314(x):
    return x + 13314
def f13315(x):
    return x + 13315
def f13316(x):
    return x + 13316
def f13317(x):
    return x + 13317
def f13318(x):
    return x + 13318
def f13319(x):
    return x + 13319
def f13320(x):
    return x + 13320
def f13321(x):
    return x + 13321
def f13322(x):
    return x + 13322
def f13323(x):
    return x + 13323
def f13324(x):
    return x + 13324
def f13325(x):
    return x + 13325
def f13326(x):
    return x + 13326
def f13327(x):
    return x + 13327
def f13328(x):
    return x + 13328
def f13329(x):
    return x + 13329
def f13330(x):
    return x + 13330
def f13331(x):
    return x + 13331
def f13332(x):
    return x + 13332
def f13333(x):
    return x + 13333
def f13334(x):
    return x + 13334
def f13335(x):
    return x + 13335
def f13336(x):
    return x + 13336
def f13337(x):
    return x + 13337
def f13338(x):
    return x + 13338
def f13339(x):
    return x + 13339
def f13340(x):
    return x + 13340
def f13341(x):
    return x + 13341
def f13342(x):
    return x + 13342
def f13343(x):
    return x + 13343
def f13344(x):
    return x + 13344
def f13345(x):
    return x + 13345
def f13346(x):
    return x + 13346
def f13347(x):
    return x + 13347
def f13348(x):
    return x + 13348
def f13349(x):
    return x + 13349
def f13350(x):
    return x + 13350
def f13351(x):
    return x + 13351
def f13352(x):
    return x + 13352
def f13353(x):
    return x + 13353
def f13354(x):
    return x + 13354
def f13355(x):
    return x + 13355
def f13356(x):
    return x + 13356
def f13357(x):
    return x + 13357
def f13358(x):
    return x + 13358
def f13359(x):
    return x + 13359
def f13360(x):
    return x + 13360
def f13361(x):
    return x + 13361
def f13362(x):
    return x + 13362
def f13363(x):
    return x + 13363
def f13364(x):
    return x + 13364
def f13365(x):
    return x + 13365
def f13366(x):
    return x + 13366
def f13367(x):
    return x + 13367
def f13368(x):
    return x + 13368
def f13369(x):
    return x + 13369
def f13370(x):
    return x + 13370
def f13371(x):
    return x + 13371
def f13372(x):
    return x + 13372
def f13373(x):
    return x + 13373
def f13374(x):
    return x + 13374
def f13375(x):
    return x + 13375
def f13376(x):
    return x + 13376
def f13377(x):
    return x + 13377
def f13378(x):
    return x + 13378
def f13379(x):
    return x + 13379
def f13380(x):
    return x + 13380
def f13381(x):
    return x + 13381
def f13382(x):
    return x + 13382
def f13383(x):
    return x + 13383
def f13384(x):
    return x + 13384
def f13385(x):
    return x + 13385
def f13386(x):
    return x + 13386
def f13387(x):
    return x + 13387
def f13388(x):
    return x + 13388
def f13389(x):
    return x + 13389
def f13390(x):
    return x + 13390
def f13391(x):
    return x + 13391
def f13392(x):
    return x + 13392
def f13393(x):
    return x + 13393
def f13394(x):
    return x + 13394
def f13395(x):
    return x + 13395
def f13396(x):
    return x + 13396
def f13397(x):
    return x + 13397
def f13398(x):
    return x + 13398
def f13399(x):
    return x + 13399
def f13400(x):
    return x + 13400
def f13401(x):
    return x + 13401
def f13402(x):
    return x + 13402
def f13403(x):
    return x + 13403
def f13404(x):
    return x + 13404
def f13405(x):
    return x + 13405
def f13406(x):
    return x + 13406
def f13407(x):
    return x + 13407
def f13408(x):
    return x + 13408
def f13409(x):
    return x + 13409
def f13410(x):
    return x + 13410
def f13411(x):
    return x + 13411
def f13412(x):
    return x + 13412
def f13413(x):
    return x + 13413
def f13414(x):
    return x + 13414
def f13415(x):
    return x + 13415
def f13416(x):
    return x + 13416
def f13417(x):
    return x + 13417
def f13418(x):
    return x + 13418
def f13419(x):
    return x + 13419
def f13420(x):
    return x + 13420
def f13421(x):
    return x + 13421
def f13422(x):
    return x + 13422
def f13423(x):
    return x + 13423
def f13424(x):
    return x + 13424
def f13425(x):
    return x + 13425
def f13426(x):
    return x + 13426
def f13427(x):
    return x + 13427
def f13428(x):
    return x + 13428
def f13429(x):
    return x + 13429
def f13430(x):
    return x + 13430
def f13431(x):
    return x + 13431
def f13432(x):
    return x + 13432
def f13433(x):
    return x + 13433
def f13434(x):
    return x + 13434
def f13435(x):
    return x + 13435
def f13436(x):
    return x + 13436
def f13437(x):
    return x + 13437
def f13438(x):
    return x + 13438
def f13439(x):
    return x + 13439
def f13440(x):
    return x + 13440
def f13441(x):
    return x + 13441
def f13442(x):
    return x + 13442
def f13443(x):
    return x + 13443
def f13444(x):
    return x + 13444
def f13445(x):
    return x + 13445
def f13446(x):
    return x + 13446
def f13447(x):
    return x + 13447
def f13448(x):
    return x + 13448
def f13449(x):
    return x + 13449
def f13450(x):
    return x + 13450
def f13451(x):
    return x + 13451
def f13452(x):
    return x + 13452
def f13453(x):
    return x + 13453
def f13454(x):
    return x + 13454
def f13455(x):
    return x + 13455
def f13456(x):
    return x + 13456
def f13457(x):
    return x + 13457
def f13458(x):
    return x + 13458
def f13459(x):
    return x + 13459
def f13460(x):
    return x + 13460
def f13461(x):
    return x + 13461
def f13462(x):
    return x + 13462
def f13463(x):
    return x + 13463
def f13464(x):
    return x + 13464
def f13465(x):
    return x + 13465
def f13466(x):
    return x + 13466
def f13467(x):
    return x + 13467
def f13468(x):
    return x + 13468
def f13469(x):
    return x + 13469
def f13470(x):
    return x + 13470
def f13471(x):
    return x + 13471
def f13472(x):
    return x + 13472
def f13473(x):
    return x + 13473
def f13474(x):
    return x + 13474
def f13475(x):
    return x + 13475
def f13476(x):
    return x + 13476
def f13477(x):
    return x + 13477
def f13478(x):
    return x + 13478
def f13479(x):
    return x + 13479
def f13480(x):
    return x + 13480
def f13481(x):
    return x + 13481
def f13482(x):
    return x + 13482
def f13483(x):
    return x + 13483
def f13484(x):
    return x + 13484
def f13485(x):
    return x + 13485
def f13486(x):
    return x + 13486
def f13487(x):
    return x + 13487
def f13488(x):
    return x + 13488
def f13489(x):
    return x + 13489
def f13490(x):
    return x + 13490
def f13491(x):
    return x + 13491
def f13492(x):
    return x + 13492
def f13493(x):
    return x + 13493
def f13494(x):
    return x + 13494
def f13495(x):
    return x + 13495
def f13496(x):
    return x + 13496
def f13497(x):
    return x + 13497
def f13498(x):
    return x + 13498
def f13499(x):
    return x + 13499
def f13500(x):
    return x + 13500
def f13501(x):
    return x + 13501
def f13502(x):
    return x + 13502
def f13503(x):
    return x + 13503
def f13504(x):
    return x + 13504
def f13505(x):
    return x + 13505
def f13506(x):
    return x + 13506
def f13507(x):
    return x + 13507
def f13508(x):
    return x + 13508
def f13509(x):
    return x + 13509
def f13510(x):
    return x + 13510
def f13511(x):
    return x + 13511
def f13512(x):
    return x + 13512
def f13513(x):
    return x + 13513
def f13514(x):
    return x + 13514
def f13515(x):
    return x + 13515
def f13516(x):
    return x + 13516
def f13517(x):
    return x + 13517
def f13518(x):
    return x + 13518
def f13519(x):
    return x + 13519
def f13520(x):
    return x + 13520
def f13521(x):
    return x + 13521
def f13522(x):
    return x + 13522
def f13523(x):
    return x + 13523
def f13524(x):
    return x + 13524
def f13525(x):
    return x + 13525
def f13526(x):
    return x + 13526
def f13527(x):
    return x + 13527
def f13528(x):
    return x + 13528
def f13529(x):
    return x + 13529
def f13530(x):
    return x + 13530
def f13531(x):
    return x + 13531
def f13532(x):
    return x + 13532
def f13533(x):
    return x + 13533
def f13534(x):
    return x + 13534
def f13535(x):
    return x + 13535
def f13536(x):
    return x + 13536
def f13537(x):
    return x + 13537
def f13538(x):
    return x + 13538
def f13539(x):
    return x + 13539
def f13540(x):
    return x + 13540
def f13541(x):
    return x + 13541
def f13542(x):
    return x + 13542
def f13543(x):
    return x + 13543
def f13544(x):
    return x + 13544
def f13545(x):
    return x + 13545
def f13546(x):
    return x + 13546
def f13547(x):
    return x + 13547
def f13548(x):
    return x + 13548
def f13549(x):
    return x + 13549
def f13550(x):
    return x + 13550
def f13551(x):
    return x + 13551
def f13552(x):
    return x + 13552
def f13553(x):
    return x + 13553
def f13554(x):
    return x + 13554
def f13555(x):
    return x + 13555
def f13556(x):
    return x + 13556
def f13557(x):
    return x + 13557
def f13558(x):
    return x + 13558
def f13559(x):
    return x + 13559
def f13560(x):
    return x + 13560
def f13561(x):
    return x + 13561
def f13562(x):
    return x + 13562
def f13563(x):
    return x + 13563
def f13564(x):
    return x + 13564
def f13565(x):
    return x + 13565
def f13566(x):
    return x + 13566
def f13567(x):
    return x + 13567
def f13568(x):
    return x + 13568
def f13569(x):
    return x + 13569
def f13570(x):
    return x + 13570
def f13571(x):
    return x + 13571
def f13572(x):
    return x + 13572
def f13573(x):
    return x + 13573
def f13574(x):
    return x + 13574
def f13575(x):
    return x + 13575
def f13576(x):
    return x + 13576
def f13577(x):
    return x + 13577
def f13578(x):
    return x + 13578
def f13579(x):
    return x + 13579
def f13580(x):
    return x + 13580
def f13581(x):
    return x + 13581
def f13582(x):
    return x + 13582
def f13583(x):
    return x + 13583
def f13584(x):
    return x + 13584
def f13585(x):
    return x + 13585
def f13586(x):
    return x + 13586
def f13587(x):
    return x + 13587
def f13588(x):
    return x + 13588
def f13589(x):
    return x + 13589
def f13590(x):
    return x + 13590
def f13591(x):
    return x + 13591
def f13592(x):
    return x + 13592
def f13593(x):
    return x + 13593
def f13594(x):
    return x + 13594
def f13595(x):
    return x + 13595
def f13596(x):
    return x + 13596
def f13597(x):
    return x + 13597
def f13598(x):
    return x + 13598
def f13599(x):
    return x + 13599
def f13600(x):
    return x + 13600
def f13601(x):
    return x + 13601
def f13602(x):
    return x + 13602
def f13603(x):
    return x + 13603
def f13604(x):
    return x + 13604
def f13605(x):
    return x + 13605
def f13606(x):
    return x + 13606
def f13607(x):
    return x + 13607
def f13608(x):
    return x + 13608
def f13609(x):
    return x + 13609
def f13610(x):
    return x + 13610
def f13611(x):
    return x + 13611
def f13612(x):
    return x + 13612
def f13613(x):
    return x + 13613
def f13614(x):
    return x + 13614
def f13615(x):
    return x + 13615
def f13616(x):
    return x + 13616
def f13617(x):
    return x + 13617
def f13618(x):
    return x + 13618
def f13619(x):
    return x + 13619
def f13620(x):
    return x + 13620
def f13621(x):
    return x + 13621
def f13622(x):
    return x + 13622
def f13623(x):
    return x + 13623
def f13624(x):
    return x + 13624
def f13625(x):
    return x + 13625
def f13626(x):
    return x + 13626
def f13627(x):
    return x + 13627
def f13628(x):
    return x + 13628
def f13629(x):
    return x + 13629
def f13630(x):
    return x + 13630
def f13631(x):
    return x + 13631
def f13632(x):
    return x + 13632
def f13633(x):
    return x + 13633
def f13634(x):
    return x + 13634
def f13635(x):
    return x + 13635
def f13636(x):
    return x + 13636
def f13637(x):
    return x + 13637
def f13638(x):
    return x + 13638
def f13639(x):
    return x + 13639
def f13640(x):
    return x + 13640
def f13641(x):
    return x + 13641
def f13642(x):
    return x + 13642
def f13643(x):
    return x + 13643
def f13644(x):
    return x + 13644
def f13645(x):
    return x + 13645
def f13646(x):
    return x + 13646
def f13647(x):
    return x + 13647
def f13648(x):
    return x + 13648
def f13649(x):
    return x + 13649
def f13650(x):
    return x + 13650
def f13651(x):
    return x + 13651
def f13652(x):
    return x + 13652
def f13653(x):
    return x + 13653
def f13654(x):
    return x + 13654
def f13655(x):
    return x + 13655
def f13656(x):
    return x + 13656
def f13657(x):
    return x + 13657
def f13658(x):
    return x + 13658
def f13659(x):
    return x + 13659
def f13660(x):
    return x + 13660
def f13661(x):
    return x + 13661
def f13662(x):
    return x + 13662
def f13663(x):
    return x + 13663
def f13664(x):
    return x + 13664
def f13665(x):
    return x + 13665
def f13666(x):
    return x + 13666
def f13667(x):
    return x + 13667
def f13668(x):
    return x + 13668
def f13669(x):
    return x + 13669
def f13670(x):
    return x + 13670
def f13671(x):
    return x + 13671
def f13672(x):
    return x + 13672
def f13673(x):
    return x + 13673
def f13674(x):
    return x + 13674
def f13675(x):
    return x + 13675
def f13676(x):
    return x + 13676
def f13677(x):
    return x + 13677
def f13678(x):
    return x + 13678
def f13679(x):
    return x + 13679
def f13680(x):
    return x + 13680
def f13681(x):
    return x + 13681
def f13682(x):
    return x + 13682
def f13683(x):
    return x + 13683
def f13684(x):
    return x + 13684
def f13685(x):
    return x + 13685
def f13686(x):
    return x + 13686
def f13687(x):
    return x + 13687
def f13688(x):
    return x + 13688
def f13689(x):
    return x + 13689
def f13690(x):
    return x + 13690
def f13691(x):
    return x + 13691
def f13692(x):
    return x + 13692
def f13693(x):
    return x + 13693
def f13694(x):
    return x + 13694
def f13695(x):
    return x + 13695
def f13696(x):
    return x + 13696
def f13697(x):
    return x + 13697
def f13698(x):
    return x + 13698
def f13699(x):
    return x + 13699
def f13700(x):
    return x + 13700
def f13701(x):
    return x + 13701
def f13702(x):
    return x + 13702
def f13703(x):
    return x + 13703
def f13704(x):
    return x + 13704
def f13705(x):
    return x + 13705
def f13706(x):
    return x + 13706
def f13707(x):
    return x + 13707
def f13708(x):
    return x + 13708
def f13709(x):
    return x + 13709
def f13710(x):
    return x + 13710
def f13711(x):
    return x + 13711
def f13712(x):
    return x + 13712
def f13713(x):
    return x + 13713
def f13714(x):
    return x + 13714
def f13715(x):
    return x + 13715
def f13716(x):
    return x + 13716
def f13717(x):
    return x + 13717
def f13718(x):
    return x + 13718
def f13719(x):
    return x + 13719
def f13720(x):
    return x + 13720
def f13721(x):
    return x + 13721
def f13722(x):
    return x + 13722
def f13723(x):
    return x + 13723
def f13724(x):
    return x + 13724
def f13725(x):
    return x + 13725
def f13726(x):
    return x + 13726
def f13727(x):
    return x + 13727
def f13728(x):
    return x + 13728
def f13729(x):
    return x + 13729
def f13730(x):
    return x + 13730
def f13731(x):
    return x + 13731
def f13732(x):
    return x + 13732
def f13733(x):
    return x + 13733
def f13734(x):
    return x + 13734
def f13735(x):
    return x + 13735
def f13736(x):
    return x + 13736
def f13737(x):
    return x + 13737
def f13738(x):
    return x + 13738
def f13739(x):
    return x + 13739
def f13740(x):
    return x + 13740
def f13741(x):
    return x + 13741
def f13742(x):
    return x + 13742
def f13743(x):
    return x + 13743
def f13744(x):
    return x + 13744
def f13745(x):
    return x + 13745
def f13746(x):
    return x + 13746
def f13747(x):
    return x + 13747
def f13748(x):
    return x + 13748
def f13749(x):
    return x + 13749
def f13750(x):
    return x + 13750
def f13751(x):
    return x + 13751
def f13752(x):
    return x + 13752
def f13753(x):
    return x + 13753
def f13754(x):
    return x + 13754
def f13755(x):
    return x + 13755
def f13756(x):
    return x + 13756
def f13757(x):
    return x + 13757
def f13758(x):
    return x + 13758
def f13759(x):
    return x + 13759
def f13760(x):
    return x + 13760
def f13761(x):
    return x + 13761
def f13762(x):
    return x + 13762
def f13763(x):
    return x + 13763
def f13764(x):
    return x + 13764
def f13765(x):
    return x + 13765
def f13766(x):
    return x + 13766
def f13767(x):
    return x + 13767
def f13768(x):
    return x + 13768
def f13769(x):
    return x + 13769
def f13770(x):
    return x + 13770
def f13771(x):
    return x + 13771
def f13772(x):
    return x + 13772
def f13773(x):
    return x + 13773
def f13774(x):
    return x + 13774
def f13775(x):
    return x + 13775
def f13776(x):
    return x + 13776
def f13777(x):
    return x + 13777
def f13778(x):
    return x + 13778
def f13779(x):
    return x + 13779
def f13780(x):
    return x + 13780
def f13781(x):
    return x + 13781
def f13782(x):
    return x + 13782
def f13783(x):
    return x + 13783
def f13784(x):
    return x + 13784
def f13785(x):
    return x + 13785
def f13786(x):
    return x + 13786
def f13787(x):
    return x + 13787
def f13788(x):
    return x + 13788
def f13789(x):
    return x + 13789
def f13790(x):
    return x + 13790
def f13791(x):
    return x + 13791
def f13792(x):
    return x + 13792
def f13793(x):
    return x + 13793
def f13794(x):
    return x + 13794
def f13795(x):
    return x + 13795
def f13796(x):
    return x + 13796
def f13797(x):
    return x + 13797
def f13798(x):
    return x + 13798
def f13799(x):
    return x + 13799
def f13800(x):
    return x + 13800
def f13801(x):
    return x + 13801
def f13802(x):
    return x + 13802
def f13803(x):
    return x + 13803
def f13804(x):
    return x + 13804
def f13805(x):
    return x + 13805
def f13806(x):
    return x + 13806
def f13807(x):
    return x + 13807
def f13808(x):
    return x + 13808
def f13809(x):
    return x + 13809
def f13810(x):
    return x + 13810
def f13811(x):
    return x + 13811
def f13812(x):
    return x + 13812
def f13813(x):
    return x + 13813
def f13814(x):
    return x + 13814
def f13815(x):
    return x + 13815
def f13816(x):
    return x + 13816
def f13817(x):
    return x + 13817
def f13818(x):
    return x + 13818
def f13819(x):
    return x + 13819
def f13820(x):
    return x + 13820
def f13821(x):
    return x + 13821
def f13822(x):
    return x + 13822
def f13823(x):
    return x + 13823
def f13824(x):
    return x + 13824
def f13825(x):
    return x + 13825
def f13826(x):
    return x + 13826
def f13827(x):
    return x + 13827
def f13828(x):
    return x + 13828
def f13829(x):
    return x + 13829
def f13830(x):
    return x + 13830
def f13831(x):
    return x + 13831
def f13832(x):
    return x + 13832
def f13833(x):
    return x + 13833
def f13834(x):
    return x + 13834
def f13835(x):
    return x + 13835
def f13836(x):
    return x + 13836
def f13837(x):
    return x + 13837
def f13838(x):
    return x + 13838
def f13839(x):
    return x + 13839
def f13840(x):
    return x + 13840
def f13841(x):
    return x + 13841
def f13842(x):
    return x + 13842
def f13843(x):
    return x + 13843
def f13844(x):
    return x + 13844
def f13845(x):
    return x + 13845
def f13846(x):
    return x + 13846
def f13847(x):
    return x + 13847
def f13848(x):
    return x + 13848
def f13849(x):
    return x + 13849
def f13850(x):
    return x + 13850
def f13851(x):
    return x + 13851
def f13852(x):
    return x + 13852
def f13853(x):
    return x + 13853
def f13854(x):
    return x + 13854
def f13855(x):
    return x + 13855
def f13856(x):
    return x + 13856
def f13857(x):
    return x + 13857
def f13858(x):
    return x + 13858
def f13859(x):
    return x + 13859
def f13860(x):
    return x + 13860
def f13861(x):
    return x + 13861
def f13862(x):
    return x + 13862
def f13863(x):
    return x + 13863
def f13864(x):
    return x + 13864
def f13865(x):
    return x + 13865
def f13866(x):
    return x + 13866
def f13867(x):
    return x + 13867
def f13868(x):
    return x + 13868
def f13869(x):
    return x + 13869
def f13870(x):
    return x + 13870
def f13871(x):
    return x + 13871
def f13872(x):
    return x + 13872
def f13873(x):
    return x + 13873
def f13874(x):
    return x + 13874
def f13875(x):
    return x + 13875
def f13876(x):
    return x + 13876
def f13877(x):
    return x + 13877
def f13878(x):
    return x + 13878
def f13879(x):
    return x + 13879
def f13880(x):
    return x + 13880
def f13881(x):
    return x + 13881
def f13882(x):
    return x + 13882
def f13883(x):
    return x + 13883
def f13884(x):
    return x + 13884
def f13885(x):
    return x + 13885
def f13886(x):
    return x + 13886
def f13887(x):
    return x + 13887
def f13888(x):
    return x + 13888
def f13889(x):
    return x + 13889
def f13890(x):
    return x + 13890
def f13891(x):
    return x + 13891
def f13892(x):
    return x + 13892
def f13893(x):
    return x + 13893
def f13894(x):
    return x + 13894
def f13895(x):
    return x + 13895
def f13896(x):
    return x + 13896
def f13897(x):
    return x + 13897
def f13898(x):
    return x + 13898
def f13899(x):
    return x + 13899
def f13900(x):
    return x + 13900
def f13901(x):
    return x + 13901
def f13902(x):
    return x + 13902
def f13903(x):
    return x + 13903
def f13904(x):
    return x + 13904
def f13905(x):
    return x + 13905
def f13906(x):
    return x + 13906
def f13907(x):
    return x + 13907
def f13908(x):
    return x + 13908
def f13909(x):
    return x + 13909
def f13910(x):
    return x + 13910
def f13911(x):
    return x + 13911
def f13912(x):
    return x + 13912
def f13913(x):
    return x + 13913
def f13914(x):
    return x + 13914
def f13915(x):
    return x + 13915
def f13916(x):
    return x + 13916
def f13917(x):
    return x + 13917
def f13918(x):
    return x + 13918
def f13919(x):
    return x + 13919
def f13920(x):
    return x + 13920
def f13921(x):
    return x + 13921
def f13922(x):
    return x + 13922
def f13923(x):
    return x + 13923
def f13924(x):
    return x + 13924
def f13925(x):
    return x + 13925
def f13926(x):
    return x + 13926
def f13927(x):
    return x + 13927
def f13928(x):
    return x + 13928
def f13929(x):
    return x + 13929
def f13930(x):
    return x + 13930
def f13931(x):
    return x + 13931
def f13932(x):
    return x + 13932
def f13933(x):
    return x + 13933
def f13934(x):
    return x + 13934
def f13935(x):
    return x + 13935
def f13936(x):
    return x + 13936
def f13937(x):
    return x + 13937
def f13938(x):
    return x + 13938
def f13939(x):
    return x + 13939
def f13940(x):
    return x + 13940
def f13941(x):
    return x + 13941
def f13942(x):
    return x + 13942
def f13943(x):
    return x + 13943
def f13944(x):
    return x + 13944
def f13945(x):
    return x + 13945
def f13946(x):
    return x + 13946
def f13947(x):
    return x + 13947
def f13948(x):
    return x + 13948
def f13949(x):
    return x + 13949
def f13950(x):
    return x + 13950
def f13951(x):
    return x + 13951
def f13952(x):
    return x + 13952
def f13953(x):
    return x + 13953
def f13954(x):
    return x + 13954
def f13955(x):
    return x + 13955
def f13956(x):
    return x + 13956
def f13957(x):
    return x + 13957
def f13958(x):
    return x + 13958
def f13959(x):
    return x + 13959
def f13960(x):
    return x + 13960
def f13961(x):
    return x + 13961
def f13962(x):
    return x + 13962
def f13963(x):
    return x + 13963
def f13964(x):
    return x + 13964
def f13965(x):
    return x + 13965
def f13966(x):
    return x + 13966
def f13967(x):
    return x + 13967
def f13968(x):
    return x + 13968
def f13969(x):
    return x + 13969
def f13970(x):
    return x + 13970
def f13971(x):
    return x + 13971
def f13972(x):
    return x + 13972
def f13973(x):
    return x + 13973
def f13974(x):
    return x + 13974
def f13975(x):
    return x + 13975
def f13976(x):
    return x + 13976
def f13977(x):
    return x + 13977
def f13978(x):
    return x + 13978
def f13979(x):
    return x + 13979
def f13980(x):
    return x + 13980
def f13981(x):
    return x + 13981
def f13982(x):
    return x + 13982
def f13983(x):
    return x + 13983
def f13984(x):
    return x + 13984
def f13985(x):
    return x + 13985
def f13986(x):
    return x + 13986
def f13987(x):
    return x + 13987
def f13988(x):
    return x + 13988
def f13989(x):
    return x + 13989
def f13990(x):
    return x + 13990
def f13991(x):
    return x + 13991
def f13992(x):
    return x + 13992
def f13993(x):
    return x + 13993
def f13994(x):
    return x + 13994
def f13995(x):
    return x + 13995
def f13996(x):
    return x + 13996
def f13997(x):
    return x + 13997
def f13998(x):
    return x + 13998
def f13999(x):
    return x + 13999
def f14000(x):
    return x + 14000
def f14001(x):
    return x + 14001
def f14002(x):
    return x + 14002
def f14003(x):
    return x + 14003
def f14004(x):
    return x + 14004
def f14005(x):
    return x + 14005
def f14006(x):
    return x + 14006
def f14007(x):
    return x + 14007
def f14008(x):
    return x + 14008
def f14009(x):
    return x + 14009
def f14010(x):
    return x + 14010
def f14011(x):
    return x + 14011
def f14012(x):
    return x + 14012
def f14013(x):
    return x + 14013
def f14014(x):
    return x + 14014
def f14015(x):
    return x + 14015
def f14016(x):
    return x + 14016
def f14017(x):
    return x + 14017
def f14018(x):
    return x + 14018
def f14019(x):
    return x + 14019
def f14020(x):
    return x + 14020
def f14021(x):
    return x + 14021
def f14022(x):
    return x + 14022
def f14023(x):
    return x + 14023
def f14024(x):
    return x + 14024
def f14025(x):
    return x + 14025
def f14026(x):
    return x + 14026
def f14027(x):
    return x + 14027
def f14028(x):
    return x + 14028
def f14029(x):
    return x + 14029
def f14030(x):
    return x + 14030
def f14031(x):
    return x + 14031
def f14032(x):
    return x + 14032
def f14033(x):
    return x + 14033
def f14034(x):
    return x + 14034
def f14035(x):
    return x + 14035
def f14036(x):
    return x + 14036
def f14037(x):
    return x + 14037
def f14038(x):
    return x + 14038
def f14039(x):
    return x + 14039
def f14040(x):
    return x + 14040
def f14041(x):
    return x + 14041
def f14042(x):
    return x + 14042
def f14043(x):
    return x + 14043
def f14044(x):
    return x + 14044
def f14045(x):
    return x + 14045
def f14046(x):
    return x + 14046
def f14047(x):
    return x + 14047
def f14048(x):
    return x + 14048
def f14049(x):
    return x + 14049
def f14050(x):
    return x + 14050
def f14051(x):
    return x + 14051
def f14052(x):
    return x + 14052
def f14053(x):
    return x + 14053
def f14054(x):
    return x + 14054
def f14055(x):
    return x + 14055
def f14056(x):
    return x + 14056
def f14057(x):
    return x + 14057
def f14058(x):
    return x + 14058
def f14059(x):
    return x + 14059
def f14060(x):
    return x + 14060
def f14061(x):
    return x + 14061
def f14062(x):
    return x + 14062
def f14063(x):
    return x + 14063
def f14064(x):
    return x + 14064
def f14065(x):
    return x + 14065
def f14066(x):
    return x + 14066
def f14067(x):
    return x + 14067
def f14068(x):
    return x + 14068
def f14069(x):
    return x + 14069
def f14070(x):
    return x + 14070
def f14071(x):
    return x + 14071
def f14072(x):
    return x + 14072
def f14073(x):
    return x + 14073
def f14074(x):
    return x + 14074
def f14075(x):
    return x + 14075
def f14076(x):
    return x + 14076
def f14077(x):
    return x + 14077
def f14078(x):
    return x + 14078
def f14079(x):
    return x + 14079
def f14080(x):
    return x + 14080
def f14081(x):
    return x + 14081
def f14082(x):
    return x + 14082
def f14083(x):
    return x + 14083
def f14084(x):
    return x + 14084
def f14085(x):
    return x + 14085
def f14086(x):
    return x + 14086
def f14087(x):
    return x + 14087
def f14088(x):
    return x + 14088
def f14089(x):
    return x + 14089
def f14090(x):
    return x + 14090
def f14091(x):
    return x + 14091
def f14092(x):
    return x + 14092
def f14093(x):
    return x + 14093
def f14094(x):
    return x + 14094
def f14095(x):
    return x + 14095
def f14096(x):
    return x + 14096
def f14097(x):
    return x + 14097
def f14098(x):
    return x + 14098
def f14099(x):
    return x + 14099
def f14100(x):
    return x + 14100
def f14101(x):
    return x + 14101
def f14102(x):
    return x + 14102
def f14103(x):
    return x + 14103
def f14104(x):
    return x + 14104
def f14105(x):
    return x + 14105
def f14106(x):
    return x + 14106
def f14107(x):
    return x + 14107
def f14108(x):
    return x + 14108
def f14109(x):
    return x + 14109
def f14110(x):
    return x + 14110
def f14111(x):
    return x + 14111
def f14112(x):
    return x + 14112
def f14113(x):
    return x + 14113
def f14114(x):
    return x + 14114
def f14115(x):
    return x + 14115
def f14116(x):
    return x + 14116
def f14117(x):
    return x + 14117
def f14118(x):
    return x + 14118
def f14119(x):
    return x + 14119
def f14120(x):
    return x + 14120
def f14121(x):
    return x + 14121
def f14122(x):
    return x + 14122
def f14123(x):
    return x + 14123
def f14124(x):
    return x + 14124
def f14125(x):
    return x + 14125
def f14126(x):
    return x + 14126
def f14127(x):
    return x + 14127
def f14128(x):
    return x + 14128
def f14129(x):
    return x + 14129
def f14130(x):
    return x + 14130
def f14131(x):
    return x + 14131
def f14132(x):
    return x + 14132
def f14133(x):
    return x + 14133
def f14134(x):
    return x + 14134
def f14135(x):
    return x + 14135
def f14136(x):
    return x + 14136
def f14137(x):
    return x + 14137
def f14138(x):
    return x + 14138
def f14139(x):
    return x + 14139
def f14140(x):
    return x + 14140
def f14141(x):
    return x + 14141
def f14142(x):
    return x + 14142
def f14143(x):
    return x + 14143
def f14144(x):
    return x + 14144
def f14145(x):
    return x + 14145
def f14146(x):
    return x + 14146
def f14147(x):
    return x + 14147
def f14148(x):
    return x + 14148
def f14149(x):
    return x + 14149
def f14150(x):
    return x + 14150
def f14151(x):
    return x + 14151
def f14152(x):
    return x + 14152
def f14153(x):
    return x + 14153
def f14154(x):
    return x + 14154
def f14155(x):
    return x + 14155
def f14156(x):
    return x + 14156
def f14157(x):
    return x + 14157
def f14158(x):
    return x + 14158
def f14159(x):
    return x + 14159
def f14160(x):
    return x + 14160
def f14161(x):
    return x + 14161
def f14162(x):
    return x + 14162
def f14163(x):
    return x + 14163
def f14164(x):
    return x + 14164
def f14165(x):
    return x + 14165
def f14166(x):
    return x + 14166
def f14167(x):
    return x + 14167
def f14168(x):
    return x + 14168
def f14169(x):
    return x + 14169
def f14170(x):
    return x + 14170
def f14171(x):
    return x + 14171
def f14172(x):
    return x + 14172
def f14173(x):
    return x + 14173
def f14174(x):
    return x + 14174
def f14175(x):
    return x + 14175
def f14176(x):
    return x + 14176
def f14177(x):
    return x + 14177
def f14178(x):
    return x + 14178
def f14179(x):
    return x + 14179
def f14180(x):
    return x + 14180
def f14181(x):
    return x + 14181
def f14182(x):
    return x + 14182
def f14183(x):
    return x + 14183
def f14184(x):
    return x + 14184
def f14185(x):
    return x + 14185
def f14186(x):
    return x + 14186
def f14187(x):
    return x + 14187
def f14188(x):
    return x + 14188
def f14189(x):
    return x + 14189
def f14190(x):
    return x + 14190
def f14191(x):
    return x + 14191
def f14192(x):
    return x + 14192
def f14193(x):
    return x + 14193
def f14194(x):
    return x + 14194
def f14195(x):
    return x + 14195
def f14196(x):
    return x + 14196
def f14197(x):
    return x + 14197
def f14198(x):
    return x + 14198
def f14199(x):
    return x + 14199
def f14200(x):
    return x + 14200
def f14201(x):
    return x + 14201
def f14202(x):
    return x + 14202
def f14203(x):
    return x + 14203
def f14204(x):
    return x + 14204
def f14205(x):
    return x + 14205
def f14206(x):
    return x + 14206
def f14207(x):
    return x + 14207
def f14208(x):
    return x + 14208
def f14209(x):
    return x + 14209
def f14210(x):
    return x + 14210
def f14211(x):
    return x + 14211
def f14212(x):
    return x + 14212
def f14213(x):
    return x + 14213
def f14214(x):
    return x + 14214
def f14215(x):
    return x + 14215
def f14216(x):
    return x + 14216
def f14217(x):
    return x + 14217
def f14218(x):
    return x + 14218
def f14219(x):
    return x + 14219
def f14220(x):
    return x + 14220
def f14221(x):
    return x + 14221
def f14222(x):
    return x + 14222
def f14223(x):
    return x + 14223
def f14224(x):
    return x + 14224
def f14225(x):
    return x + 14225
def f14226(x):
    return x + 14226
def f14227(x):
    return x + 14227
def f14228(x):
    return x + 14228
def f14229(x):
    return x + 14229
def f14230(x):
    return x + 14230
def f14231(x):
    return x + 14231
def f14232(x):
    return x + 14232
def f14233(x):
    return x + 14233
def f14234(x):
    return x + 14234
def f14235(x):
    return x + 14235
def f14236(x):
    return x + 14236
def f14237(x):
    return x + 14237
def f14238(x):
    return x + 14238
def f14239(x):
    return x + 14239
def f14240(x):
    return x + 14240
def f14241(x):
    return x + 14241
def f14242(x):
    return x + 14242
def f14243(x):
    return x + 14243
def f14244(x):
    return x + 14244
def f14245(x):
    return x + 14245
def f14246(x):
    return x + 14246
def f14247(x):
    return x + 14247
def f14248(x):
    return x + 14248
def f14249(x):
    return x + 14249
def f14250(x):
    return x + 14250
def f14251(x):
    return x + 14251
def f14252(x):
    return x + 14252
def f14253(x):
    return x + 14253
def f14254(x):
    return x + 14254
def f14255(x):
    return x + 14255
def f14256(x):
    return x + 14256
def f14257(x):
    return x + 14257
def f14258(x):
    return x + 14258
def f14259(x):
    return x + 14259
def f14260(x):
    return x + 14260
def f14261(x):
    return x + 14261
def f14262(x):
    return x + 14262
def f14263(x):
    return x + 14263
def f14264(x):
    return x + 14264
def f14265(x):
    return x + 14265
def f14266(x):
    return x + 14266
def f14267(x):
    return x + 14267
def f14268(x):
    return x + 14268
def f14269(x):
    return x + 14269
def f14270(x):
    return x + 14270
def f14271(x):
    return x + 14271
def f14272(x):
    return x + 14272
def f14273(x):
    return x + 14273
def f14274(x):
    return x + 14274
def f14275(x):
    return x + 14275
def f14276(x):
    return x + 14276
def f14277(x):
    return x + 14277
def f14278(x):
    return x + 14278
def f14279(x):
    return x + 14279
def f14280(x):
    return x + 14280
def f14281(x):
    return x + 14281
def f14282(x):
    return x + 14282
def f14283(x):
    return x + 14283
def f14284(x):
    return x + 14284
def f14285(x):
    return x + 14285
def f14286(x):
    return x + 14286
def f14287(x):
    return x + 14287
def f14288(x):
    return x + 14288
def f14289(x):
    return x + 14289
def f14290(x):
    return x + 14290
def f14291(x):
    return x + 14291
def f14292(x):
    return x + 14292
def f14293(x):
    return x + 14293
def f14294(x):
    return x + 14294
def f14295(x):
    return x + 14295
def f14296(x):
    return x + 14296
def f14297(x):
    return x + 14297
def f14298(x):
    return x + 14298
def f14299(x):
    return x + 14299
def f14300(x):
    return x + 14300
def f14301(x):
    return x + 14301
def f14302(x):
    return x + 14302
def f14303(x):
    return x + 14303
def f14304(x):
    return x + 14304
def f14305(x):
    return x + 14305
def f14306(x):
    return x + 14306
def f14307(x):
    return x + 14307
def f14308(x):
    return x + 14308
def f14309(x):
    return x + 14309
def f14310(x):
    return x + 14310
def f14311(x):
    return x + 14311
def f14312(x):
    return x + 14312
def f14313(x):
    return x + 14313
def f14314(x):
    return x + 14314
def f14315(x):
    return x + 14315
def f14316(x):
    return x + 14316
def f14317(x):
    return x + 14317
def f14318(x):
    return x + 14318
def f14319(x):
    return x + 14319
def f14320(x):
    return x + 14320
def f14321(x):
    return x + 14321
def f14322(x):
    return x + 14322
def f14323(x):
    return x + 14323
def f14324(x):
    return x + 14324
def f14325(x):
    return x + 14325
def f14326(x):
    return x + 14326
def f14327(x):
    return x + 14327
def f14328(x):
    return x + 14328
def f14329(x):
    return x + 14329
def f14330(x):
    return x + 14330
def f14331(x):
    return x + 14331
def f14332(x):
    return x + 14332
def f14333(x):
    return x + 14333
def f14334(x):
    return x + 14334
def f14335(x):
    return x + 14335
def f14336(x):
    return x + 14336
def f14337(x):
    return x + 14337
def f14338(x):
    return x + 14338
def f14339(x):
    return x + 14339
def f14340(x):
    return x + 14340
def f14341(x):
    return x + 14341
def f14342(x):
    return x + 14342
def f14343(x):
    return x + 14343
def f14344(x):
    return x + 14344
def f14345(x):
    return x + 14345
def f14346(x):
    return x + 14346
def f14347(x):
    return x + 14347
def f14348(x):
    return x + 14348
def f14349(x):
    return x + 14349
def f14350(x):
    return x + 14350
def f14351(x):
    return x + 14351
def f14352(x):
    return x + 14352
def f14353(x):
    return x + 14353
def f14354(x):
    return x + 14354
def f14355(x):
    return x + 14355
def f14356(x):
    return x + 14356
def f14357(x):
    return x + 14357
def f14358(x):
    return x + 14358
def f14359(x):
    return x + 14359
def f14360(x):
    return x + 14360
def f14361(x):
    return x + 14361
def f14362(x):
    return x + 14362
def f14363(x):
    return x + 14363
def f14364(x):
    return x + 14364
def f14365(x):
    return x + 14365
def f14366(x):
    return x + 14366
def f14367(x):
    return x + 14367
def f14368(x):
    return x + 14368
def f14369(x):
    return x + 14369
def f14370(x):
    return x + 14370
def f14371(x):
    return x + 14371
def f14372(x):
    return x + 14372
def f14373(x):
    return x + 14373
def f14374(x):
    return x + 14374
def f14375(x):
    return x + 14375
def f14376(x):
    return x + 14376
def f14377(x):
    return x + 14377
def f14378(x):
    return x + 14378
def f14379(x):
    return x + 14379
def f14380(x):
    return x + 14380
def f14381(x):
    return x + 14381
def f14382(x):
    return x + 14382
def f14383(x):
    return x + 14383
def f14384(x):
    return x + 14384
def f14385(x):
    return x + 14385
def f14386(x):
    return x + 14386
def f14387(x):
    return x + 14387
def f14388(x):
    return x + 14388
def f14389(x):
    return x + 14389
def f14390(x):
    return x + 14390
def f14391(x):
    return x + 14391
def f14392(x):
    return x + 14392
def f14393(x):
    return x + 14393
def f14394(x):
    return x + 14394
def f14395(x):
    return x + 14395
def f14396(x):
    return x + 14396
def f14397(x):
    return x + 14397
def f14398(x):
    return x + 14398
def f14399(x):
    return x + 14399
def f14400(x):
    return x + 14400
def f14401(x):
    return x + 14401
def f14402(x):
    return x + 14402
def f14403(x):
    return x + 14403
def f14404(x):
    return x + 14404
def f14405(x):
    return x + 14405
def f14406(x):
    return x + 14406
def f14407(x):
    return x + 14407
def f14408(x):
    return x + 14408
def f14409(x):
    return x + 14409
def f14410(x):
    return x + 14410
def f14411(x):
    return x + 14411
def f14412(x):
    return x + 14412
def f14413(x):
    return x + 14413
def f14414(x):
    return x + 14414
def f14415(x):
    return x + 14415
def f14416(x):
    return x + 14416
def f14417(x):
    return x + 14417
def f14418(x):
    return x + 14418
def f14419(x):
    return x + 14419
def f14420(x):
    return x + 14420
def f14421(x):
    return x + 14421
def f14422(x):
    return x + 14422
def f14423(x):
    return x + 14423
def f14424(x):
    return x + 14424
def f14425(x):
    return x + 14425
def f14426(x):
    return x + 14426
def f14427(x):
    return x + 14427
def f14428(x):
    return x + 14428
def f14429(x):
    return x + 14429
def f14430(x):
    return x + 14430
def f14431(x):
    return x + 14431
def f14432(x):
    return x + 14432
def f14433(x):
    return x + 14433
def f14434(x):
    return x + 14434
def f14435(x):
    return x + 14435
def f14436(x):
    return x + 14436
def f14437(x):
    return x + 14437
def f14438(x):
    return x + 14438
def f14439(x):
    return x + 14439
def f14440(x):
    return x + 14440
def f14441(x):
    return x + 14441
def f14442(x):
    return x + 14442
def f14443(x):
    return x + 14443
def f14444(x):
    return x + 14444
def f14445(x):
    return x + 14445
def f14446(x):
    return x + 14446
def f14447(x):
    return x + 14447
def f14448(x):
    return x + 14448
def f14449(x):
    return x + 14449
def f14450(x):
    return x + 14450
def f14451(x):
    return x + 14451
def f14452(x):
    return x + 14452
def f14453(x):
    return x + 14453
def f14454(x):
    return x + 14454
def f14455(x):
    return x + 14455
def f14456(x):
    return x + 14456
def f14457(x):
    return x + 14457
def f14458(x):
    return x + 14458
def f14459(x):
    return x + 14459
def f14460(x):
    return x + 14460
def f14461(x):
    return x + 14461
def f14462(x):
    return x + 14462
def f14463(x):
    return x + 14463
def f14464(x):
    return x + 14464
def f14465(x):
    return x + 14465
def f14466(x):
    return x + 14466
def f14467(x):
    return x + 14467
def f14468(x):
    return x + 14468
def f14469(x):
    return x + 14469
def f14470(x):
    return x + 14470
def f14471(x):
    return x + 14471
def f14472(x):
    return x + 14472
def f14473(x):
    return x + 14473
def f14474(x):
    return x + 14474
def f14475(x):
    return x + 14475
def f14476(x):
    return x + 14476
def f14477(x):
    return x + 14477
def f14478(x):
    return x + 14478
def f14479(x):
    return x + 14479
def f14480(x):
    return x + 14480
def f14481(x):
    return x + 14481
def f14482(x):
    return x + 14482
def f14483(x):
    return x + 14483
def f14484(x):
    return x + 14484
def f14485(x):
    return x + 14485
def f14486(x):
    return x + 14486
def f14487(x):
    return x + 14487
def f14488(x):
    return x + 14488
def f14489(x):
    return x + 14489
def f14490(x):
    return x + 14490
def f14491(x):
    return x + 14491
def f14492(x):
    return x + 14492
def f14493(x):
    return x + 14493
def f14494(x):
    return x + 14494
def f14495(x):
    return x + 14495
def f14496(x):
    return x + 14496
def f14497(x):
    return x + 14497
def f14498(x):
    return x + 14498
def f14499(x):
    return x + 14499
def f14500(x):
    return x + 14500
def f14501(x):
    return x + 14501
def f14502(x):
    return x + 14502
def f14503(x):
    return x + 14503
def f14504(x):
    return x + 14504
def f14505(x):
    return x + 14505
def f14506(x):
    return x + 14506
def f14507(x):
    return x + 14507
def f14508(x):
    return x + 14508
def f14509(x):
    return x + 14509
def f14510(x):
    return x + 14510
def f14511(x):
    return x + 14511
def f14512(x):
    return x + 14512
def f14513(x):
    return x + 14513
def f14514(x):
    return x + 14514
def f14515(x):
    return x + 14515
def f14516(x):
    return x + 14516
def f14517(x):
    return x + 14517
def f14518(x):
    return x + 14518
def f14519(x):
    return x + 14519
def f14520(x):
    return x + 14520
def f14521(x):
    return x + 14521
def f14522(x):
    return x + 14522
def f14523(x):
    return x + 14523
def f14524(x):
    return x + 14524
def f14525(x):
    return x + 14525
def f14526(x):
    return x + 14526
def f14527(x):
    return x + 14527
def f14528(x):
    return x + 14528
def f14529(x):
    return x + 14529
def f14530(x):
    return x + 14530
def f14531(x):
    return x + 14531
def f14532(x):
    return x + 14532
def f14533(x):
    return x + 14533
def f14534(x):
    return x + 14534
def f14535(x):
    return x + 14535
def f14536(x):
    return x + 14536
def f14537(x):
    return x + 14537
def f14538(x):
    return x + 14538
def f14539(x):
    return x + 14539
def f14540(x):
    return x + 14540
def f14541(x):
    return x + 14541
def f14542(x):
    return x + 14542
def f14543(x):
    return x + 14543
def f14544(x):
    return x + 14544
def f14545(x):
    return x + 14545
def f14546(x):
    return x + 14546
def f14547(x):
    return x + 14547
def f14548(x):
    return x + 14548
def f14549(x):
    return x + 14549
def f14550(x):
    return x + 14550
def f14551(x):
    return x + 14551
def f14552(x):
    return x + 14552
def f14553(x):
    return x + 14553
def f14554(x):
    return x + 14554
def f14555(x):
    return x + 14555
def f14556(x):
    return x + 14556
def f14557(x):
    return x + 14557
def f14558(x):
    return x + 14558
def f14559(x):
    return x + 14559
def f14560(x):
    return x + 14560
def f14561(x):
    return x + 14561
def f14562(x):
    return x + 14562
def f14563(x):
    return x + 14563
def f14564(x):
    return x + 14564
def f14565(x):
    return x + 14565
def f14566(x):
    return x + 14566
def f14567(x):
    return x + 14567
def f14568(x):
    return x + 14568
def f14569(x):
    return x + 14569
def f14570(x):
    return x + 14570
def f14571(x):
    return x + 14571
def f14572(x):
    return x + 14572
def f14573(x):
    return x + 14573
def f14574(x):
    return x + 14574
def f14575(x):
    return x + 14575
def f14576(x):
    return x + 14576
def f14577(x):
    return x + 14577
def f14578(x):
    return x + 14578
def f14579(x):
    return x + 14579
def f14580(x):
    return x + 14580
def f14581(x):
    return x + 14581
def f14582(x):
    return x + 14582
def f14583(x):
    return x + 14583
def f14584(x):
    return x + 14584
def f14585(x):
    return x + 14585
def f14586(x):
    return x + 14586
def f14587(x):
    return x + 14587
def f14588(x):
    return x + 14588
def f14589(x):
    return x + 14589
def f14590(x):
    return x + 14590
def f14591(x):
    return x + 14591
def f14592(x):
    return x + 14592
def f14593(x):
    return x + 14593
def f14594(x):
    return x + 14594
def f14595(x):
    return x + 14595
def f14596(x):
    return x + 14596
def f14597(x):
    return x + 14597
def f14598(x):
    return x + 14598
def f14599(x):
    return x + 14599
def f14600(x):
    return x + 14600
def f14601(x):
    return x + 14601
def f14602(x):
    return x + 14602
def f14603(x):
    return x + 14603
def f14604(x):
    return x + 14604
def f14605(x):
    return x + 14605
def f14606(x):
    return x + 14606
def f14607(x):
    return x + 14607
def f14608(x):
    return x + 14608
def f14609(x):
    return x + 14609
def f14610(x):
    return x + 14610
def f14611(x):
    return x + 14611
def f14612(x):
    return x + 14612
def f14613(x):
    return x + 14613
def f14614(x):
    return x + 14614
def f14615(x):
    return x + 14615
def f14616(x):
    return x + 14616
def f14617(x):
    return x + 14617
def f14618(x):
    return x + 14618
def f14619(x):
    return x + 14619
def f14620(x):
    return x + 14620
def f14621(x):
    return x + 14621
def f14622(x):
    return x + 14622
def f14623(x):
    return x + 14623
def f14624(x):
    return x + 14624
def f14625(x):
    return x + 14625
def f14626(x):
    return x + 14626
def f14627(x):
    return x + 14627
def f14628(x):
    return x + 14628
def f14629(x):
    return x + 14629
def f14630(x):
    return x + 14630
def f14631(x):
    return x + 14631
def f14632(x):
    return x + 14632
def f14633(x):
    return x + 14633
def f14634(x):
    return x + 14634
def f14635(x):
    return x + 14635
def f14636(x):
    return x + 14636
def f14637(x):
    return x + 14637
def f14638(x):
    return x + 14638
def f14639(x):
    return x + 14639
def f14640(x):
    return x + 14640
def f14641(x):
    return x + 14641
def f14642(x):
    return x + 14642
def f14643(x):
    return x + 14643
def f14644(x):
    return x + 14644
def f14645(x):
    return x + 14645
def f14646(x):
    return x + 14646
def f14647(x):
    return x + 14647
def f14648(x):
    return x + 14648
def f14649(x):
    return x + 14649
def f14650(x):
    return x + 14650
def f14651(x):
    return x + 14651
def f14652(x):
    return x + 14652
def f14653(x):
    return x + 14653
def f14654(x):
    return x + 14654
def f14655(x):
    return x + 14655
def f14656(x):
    return x + 14656
def f14657(x):
    return x + 14657
def f14658(x):
    return x + 14658
def f14659(x):
    return x + 14659
def f14660(x):
    return x + 14660
def f14661(x):
    return x + 14661
def f14662(x):
    return x + 14662
def f14663(x):
    return x + 14663
def f14664(x):
    return x + 14664
def f14665(x):
    return x + 14665
def f14666(x):
    return x + 14666
def f14667(x):
    return x + 14667
def f14668(x):
    return x + 14668
def f14669(x):
    return x + 14669
def f14670(x):
    return x + 14670
def f14671(x):
    return x + 14671
def f14672(x):
    return x + 14672
def f14673(x):
    return x + 14673
def f14674(x):
    return x + 14674
def f14675(x):
    return x + 14675
def f14676(x):
    return x + 14676
def f14677(x):
    return x + 14677
def f14678(x):
    return x + 14678
def f14679(x):
    return x + 14679
def f14680(x):
    return x + 14680
def f14681(x):
    return x + 14681
def f14682(x):
    return x + 14682
def f14683(x):
    return x + 14683
def f14684(x):
    return x + 14684
def f14685(x):
    return x + 14685
def f14686(x):
    return x + 14686
def f14687(x):
    return x + 14687
def f14688(x):
    return x + 14688
def f14689(x):
    return x + 14689
def f14690(x):
    return x + 14690
def f14691(x):
    return x + 14691
def f14692(x):
    return x + 14692
def f14693(x):
    return x + 14693
def f14694(x):
    return x + 14694
def f14695(x):
    return x + 14695
def f14696(x):
    return x + 14696
def f14697(x):
    return x + 14697
def f14698(x):
    return x + 14698
def f14699(x):
    return x + 14699
def f14700(x):
    return x + 14700
def f14701(x):
    return x + 14701
def f14702(x):
    return x + 14702
def f14703(x):
    return x + 14703
def f14704(x):
    return x + 14704
def f14705(x):
    return x + 14705
def f14706(x):
    return x + 14706
def f14707(x):
    return x + 14707
def f14708(x):
    return x + 14708
def f14709(x):
    return x + 14709
def f14710(x):
    return x + 14710
def f14711(x):
    return x + 14711
def f14712(x):
    return x + 14712
def f14713(x):
    return x + 14713
def f14714(x):
    return x + 14714
def f14715(x):
    return x + 14715
def f14716(x):
    return x + 14716
def f14717(x):
    return x + 14717
def f14718(x):
    return x + 14718
def f14719(x):
    return x + 14719
def f14720(x):
    return x + 14720
def f14721(x):
    return x + 14721
def f14722(x):
    return x + 14722
def f14723(x):
    return x + 14723
def f14724(x):
    return x + 14724
def f14725(x):
    return x + 14725
def f14726(x):
    return x + 14726
def f14727(x):
    return x + 14727
def f14728(x):
    return x + 14728
def f14729(x):
    return x + 14729
def f14730(x):
    return x + 14730
def f14731(x):
    return x + 14731
def f14732(x):
    return x + 14732
def f14733(x):
    return x + 14733
def f14734(x):
    return x + 14734
def f14735(x):
    return x + 14735
def f14736(x):
    return x + 14736
def f14737(x):
    return x + 14737
def f14738(x):
    return x + 14738
def f14739(x):
    return x + 14739
def f14740(x):
    return x + 14740
def f14741(x):
    return x + 14741
def f14742(x):
    return x + 14742
def f14743(x):
    return x + 14743
def f14744(x):
    return x + 14744
def f14745(x):
    return x + 14745
def f14746(x):
    return x + 14746
def f14747(x):
    return x + 14747
def f14748(x):
    return x + 14748
def f14749(x):
    return x + 14749
def f14750(x):
    return x + 14750
def f14751(x):
    return x + 14751
def f14752(x):
    return x + 14752
def f14753(x):
    return x + 14753
def f14754(x):
    return x + 14754
def f14755(x):
    return x + 14755
def f14756(x):
    return x + 14756
def f14757(x):
    return x + 14757
def f14758(x):
    return x + 14758
def f14759(x):
    return x + 14759
def f14760(x):
    return x + 14760
def f14761(x):
    return x + 14761
def f14762(x):
    return x + 14762
def f14763(x):
    return x + 14763
def f14764(x):
    return x + 14764
def f14765(x):
    return x + 14765
def f14766(x):
    return x + 14766
def f14767(x):
    return x + 14767
def f14768(x):
    return x + 14768
def f14769(x):
    return x + 14769
def f14770(x):
    return x + 14770
def f14771(x):
    return x + 14771
def f14772(x):
    return x + 14772
def f14773(x):
    return x + 14773
def f14774(x):
    return x + 14774
def f14775(x):
    return x + 14775
def f14776(x):
    return x + 14776
def f14777(x):
    return x + 14777
def f14778(x):
    return x + 14778
def f14779(x):
    return x + 14779
def f14780(x):
    return x + 14780
def f14781(x):
    return x + 14781
def f14782(x):
    return x + 14782
def f14783(x):
    return x + 14783
def f14784(x):
    return x + 14784
def f14785(x):
    return x + 14785
def f14786(x):
    return x + 14786
def f14787(x):
    return x + 14787
def f14788(x):
    return x + 14788
def f14789(x):
    return x + 14789
def f14790(x):
    return x + 14790
def f14791(x):
    return x + 14791
def f14792(x):
    return x + 14792
def f14793(x):
    return x + 14793
def f14794(x):
    return x + 14794
def f14795(x):
    return x + 14795
def f14796(x):
    return x + 14796
def f14797(x):
    return x + 14797
def f14798(x):
    return x + 14798
def f14799(x):
    return x + 14799
def f14800(x):
    return x + 14800
def f14801(x):
    return x + 14801
def f14802(x):
    return x + 14802
def f14803(x):
    return x + 14803
def f14804(x):
    return x + 14804
def f14805(x):
    return x + 14805
def f14806(x):
    return x + 14806
def f14807(x):
    return x + 14807
def f14808(x):
    return x + 14808
def f14809(x):
    return x + 14809
def f14810(x):
    return x + 14810
def f14811(x):
    return x + 14811
def f14812(x):
    return x + 14812
def f14813(x):
    return x + 14813
def f14814(x):
    return x + 14814
def f14815(x):
    return x + 14815
def f14816(x):
    return x + 14816
def f14817(x):
    return x + 14817
def f14818(x):
    return x + 14818
def f14819(x):
    return x + 14819
def f14820(x):
    return x + 14820
def f14821(x):
    return x + 14821
def f14822(x):
    return x + 14822
def f14823(x):
    return x + 14823
def f14824(x):
    return x + 14824
def f14825(x):
    return x + 14825
def f14826(x):
    return x + 14826
def f14827(x):
    return x + 14827
def f14828(x):
    return x + 14828
def f14829(x):
    return x + 14829
def f14830(x):
    return x + 14830
def f14831(x):
    return x + 14831
def f14832(x):
    return x + 14832
def f14833(x):
    return x + 14833
def f14834(x):
    return x + 14834
def f14835(x):
    return x + 14835
def f14836(x):
    return x + 14836
def f14837(x):
    return x + 14837
def f14838(x):
    return x + 14838
def f14839(x):
    return x + 14839
def f14840(x):
    return x + 14840
def f14841(x):
    return x + 14841
def f14842(x):
    return x + 14842
def f14843(x):
    return x + 14843
def f14844(x):
    return x + 14844
def f14845(x):
    return x + 14845
def f14846(x):
    return x + 14846
def f14847(x):
    return x + 14847
def f14848(x):
    return x + 14848
def f14849(x):
    return x + 14849
def f14850(x):
    return x + 14850
def f14851(x):
    return x + 14851
def f14852(x):
    return x + 14852
def f14853(x):
    return x + 14853
def f14854(x):
    return x + 14854
def f14855(x):
    return x + 14855
def f14856(x):
    return x + 14856
def f14857(x):
    return x + 14857
def f14858(x):
    return x + 14858
def f14859(x):
    return x + 14859
def f14860(x):
    return x + 14860
def f14861(x):
    return x + 14861
def f14862(x):
    return x + 14862
def f14863(x):
    return x + 14863
def f14864(x):
    return x + 14864
def f14865(x):
    return x + 14865
def f14866(x):
    return x + 14866
def f14867(x):
    return x + 14867
def f14868(x):
    return x + 14868
def f14869(x):
    return x + 14869
def f14870(x):
    return x + 14870
def f14871(x):
    return x + 14871
def f14872(x):
    return x + 14872
def f14873(x):
    return x + 14873
def f14874(x):
    return x + 14874
def f14875(x):
    return x + 14875
def f14876(x):
    return x + 14876
def f14877(x):
    return x + 14877
def f14878(x):
    return x + 14878
def f14879(x):
    return x + 14879
def f14880(x):
    return x + 14880
def f14881(x):
    return x + 14881
def f14882(x):
    return x + 14882
def f14883(x):
    return x + 14883
def f14884(x):
    return x + 14884
def f14885(x):
    return x + 14885
def f14886(x):
    return x + 14886
def f14887(x):
    return x + 14887
def f14888(x):
    return x + 14888
def f14889(x):
    return x + 14889
def f14890(x):
    return x + 14890
def f14891(x):
    return x + 14891
def f14892(x):
    return x + 14892
def f14893(x):
    return x + 14893
def f14894(x):
    return x + 14894
def f14895(x):
    return x + 14895
def f14896(x):
    return x + 14896
def f14897(x):
    return x + 14897
def f14898(x):
    return x + 14898
def f14899(x):
    return x + 14899
def f14900(x):
    return x + 14900
def f14901(x):
    return x + 14901
def f14902(x):
    return x + 14902
def f14903(x):
    return x + 14903
def f14904(x):
    return x + 14904
def f14905(x):
    return x + 14905
def f14906(x):
    return x + 14906
def f14907(x):
    return x + 14907
def f14908(x):
    return x + 14908
def f14909(x):
    return x + 14909
def f14910(x):
    return x + 14910
def f14911(x):
    return x + 14911
def f14912(x):
    return x + 14912
def f14913(x):
    return x + 14913
def f14914(x):
    return x + 14914
def f14915(x):
    return x + 14915
def f14916(x):
    return x + 14916
def f14917(x):
    return x + 14917
def f14918(x):
    return x + 14918
def f14919(x):
    return x + 14919
def f14920(x):
    return x + 14920
def f14921(x):
    return x + 14921
def f14922(x):
    return x + 14922
def f14923(x):
    return x + 14923
def f14924(x):
    return x + 14924
def f14925(x):
    return x + 14925
def f14926(x):
    return x + 14926
def f14927(x):
    return x + 14927
def f14928(x):
    return x + 14928
def f14929(x):
    return x + 14929
def f14930(x):
    return x + 14930
def f14931(x):
    return x + 14931
def f14932(x):
    return x + 14932
def f14933(x):
    return x + 14933
def f14934(x):
    return x + 14934
def f14935(x):
    return x + 14935
def f14936(x):
    return x + 14936
def f14937(x):
    return x + 14937
def f14938(x):
    return x + 14938
def f14939(x):
    return x + 14939
def f14940(x):
    return x + 14940
def f14941(x):
    return x + 14941
def f14942(x):
    return x + 14942
def f14943(x):
    return x + 14943
def f14944(x):
    return x + 14944
def f14945(x):
    return x + 14945
def f14946(x):
    return x + 14946
def f14947(x):
    return x + 14947
def f14948(x):
    return x + 14948
def f14949(x):
    return x + 14949
def f14950(x):
    return x + 14950
def f14951(x):
    return x + 14951
def f14952(x):
    return x + 14952
def f14953(x):
    return x + 14953
def f14954(x):
    return x + 14954
def f14955(x):
    return x + 14955
def f14956(x):
    return x + 14956
def f14957(x):
    return x + 14957
def f14958(x):
    return x + 14958
def f14959(x):
    return x + 14959
def f14960(x):
    return x + 14960
def f14961(x):
    return x + 14961
def f14962(x):
    return x + 14962
def f14963(x):
    return x + 14963
def f14964(x):
    return x + 14964
def f14965(x):
    return x + 14965
def f14966(x):
    return x + 14966
def f14967(x):
    return x + 14967
def f14968(x):
    return x + 14968
def f14969(x):
    return x + 14969
def f14970(x):
    return x + 14970
def f14971(x):
    return x + 14971
def f14972(x):
    return x + 14972
def f14973(x):
    return x + 14973
def f14974(x):
    return x + 14974
def f14975(x):
    return x + 14975
def f14976(x):
    return x + 14976
def f14977(x):
    return x + 14977
def f14978(x):
    return x + 14978
def f14979(x):
    return x + 14979
def f14980(x):
    return x + 14980
def f14981(x):
    return x + 14981
def f14982(x):
    return x + 14982
def f14983(x):
    return x + 14983
def f14984(x):
    return x + 14984
def f14985(x):
    return x + 14985
def f14986(x):
    return x + 14986
def f14987(x):
    return x + 14987
def f14988(x):
    return x + 14988
def f14989(x):
    return x + 14989
def f14990(x):
    return x + 14990
def f14991(x):
    return x + 14991
def f14992(x):
    return x + 14992
def f14993(x):
    return x + 14993
def f14994(x):
    return x + 14994
def f14995(x):
    return x + 14995
def f14996(x):
    return x + 14996
def f14997(x):
    return x + 14997
def f14998(x):
    return x + 14998
def f14999(x):
    return x + 14999
def f15000(x):
    return x + 15000
def f15001(x):
    return x + 15001
def f15002(x):
    return x + 15002
def f15003(x):
    return x + 15003
def f15004(x):
    return x + 15004
def f15005(x):
    return x + 15005
def f15006(x):
    return x + 15006
def f15007(x):
    return x + 15007
def f15008(x):
    return x + 15008
def f15009(x):
    return x + 15009
def f15010(x):
    return x + 15010
def f15011(x):
    return x + 15011
def f15012(x):
    return x + 15012
def f15013(x):
    return x + 15013
def f15014(x):
    return x + 15014
def f15015(x):
    return x + 15015
def f15016(x):
    return x + 15016
def f15017(x):
    return x + 15017
def f15018(x):
    return x + 15018
def f15019(x):
    return x + 15019
def f15020(x):
    return x + 15020
def f15021(x):
    return x + 15021
def f15022(x):
    return x + 15022
def f15023(x):
    return x + 15023
def f15024(x):
    return x + 15024
def f15025(x):
    return x + 15025
def f15026(x):
    return x + 15026
def f15027(x):
    return x + 15027
def f15028(x):
    return x + 15028
def f15029(x):
    return x + 15029
def f15030(x):
    return x + 15030
def f15031(x):
    return x + 15031
def f15032(x):
    return x + 15032
def f15033(x):
    return x + 15033
def f15034(x):
    return x + 15034
def f15035(x):
    return x + 15035
def f15036(x):
    return x + 15036
def f15037(x):
    return x + 15037
def f15038(x):
    return x + 15038
def f15039(x):
    return x + 15039
def f15040(x):
    return x + 15040
def f15041(x):
    return x + 15041
def f15042(x):
    return x + 15042
def f15043(x):
    return x + 15043
def f15044(x):
    return x + 15044
def f15045(x):
    return x + 15045
def f15046(x):
    return x + 15046
def f15047(x):
    return x + 15047
def f15048(x):
    return x + 15048
def f15049(x):
    return x + 15049
def f15050(x):
    return x + 15050
def f15051(x):
    return x + 15051
def f15052(x):
    return x + 15052
def f15053(x):
    return x + 15053
def f15054(x):
    return x + 15054
def f15055(x):
    return x + 15055
def f15056(x):
    return x + 15056
def f15057(x):
    return x + 15057
def f15058(x):
    return x + 15058
def f15059(x):
    return x + 15059
def f15060(x):
    return x + 15060
def f15061(x):
    return x + 15061
def f15062(x):
    return x + 15062
def f15063(x):
    return x + 15063
def f15064(x):
    return x + 15064
def f15065(x):
    return x + 15065
def f15066(x):
    return x + 15066
def f15067(x):
    return x + 15067
def f15068(x):
    return x + 15068
def f15069(x):
    return x + 15069
def f15070(x):
    return x + 15070
def f15071(x):
    return x + 15071
def f15072(x):
    return x + 15072
def f15073(x):
    return x + 15073
def f15074(x):
    return x + 15074
def f15075(x):
    return x + 15075
def f15076(x):
    return x + 15076
def f15077(x):
    return x + 15077
def f15078(x):
    return x + 15078
def f15079(x):
    return x + 15079
def f15080(x):
    return x + 15080
def f15081(x):
    return x + 15081
def f15082(x):
    return x + 15082
def f15083(x):
    return x + 15083
def f15084(x):
    return x + 15084
def f15085(x):
    return x + 15085
def f15086(x):
    return x + 15086
def f15087(x):
    return x + 15087
def f15088(x):
    return x + 15088
def f15089(x):
    return x + 15089
def f15090(x):
    return x + 15090
def f15091(x):
    return x + 15091
def f15092(x):
    return x + 15092
def f15093(x):
    return x + 15093
def f15094(x):
    return x + 15094
def f15095(x):
    return x + 15095
def f15096(x):
    return x + 15096
def f15097(x):
    return x + 15097
def f15098(x):
    return x + 15098
def f15099(x):
    return x + 15099
def f15100(x):
    return x + 15100
def f15101(x):
    return x + 15101
def f15102(x):
    return x + 15102
def f15103(x):
    return x + 15103
def f15104(x):
    return x + 15104
def f15105(x):
    return x + 15105
def f15106(x):
    return x + 15106
def f15107(x):
    return x + 15107
def f15108(x):
    return x + 15108
def f15109(x):
    return x + 15109
def f15110(x):
    return x + 15110
def f15111(x):
    return x + 15111
def f15112(x):
    return x + 15112
def f15113(x):
    return x + 15113
def f15114(x):
    return x + 15114
def f15115(x):
    return x + 15115
def f15116(x):
    return x + 15116
def f15117(x):
    return x + 15117
def f15118(x):
    return x + 15118
def f15119(x):
    return x + 15119
def f15120(x):
    return x + 15120
def f15121(x):
    return x + 15121
def f15122(x):
    return x + 15122
def f15123(x):
    return x + 15123
def f15124(x):
    return x + 15124
def f15125(x):
    return x + 15125
def f15126(x):
    return x + 15126
def f15127(x):
    return x + 15127
def f15128(x):
    return x + 15128
def f15129(x):
    return x + 15129
def f15130(x):
    return x + 15130
def f15131(x):
    return x + 15131
def f15132(x):
    return x + 15132
def f15133(x):
    return x + 15133
def f15134(x):
    return x + 15134
def f15135(x):
    return x + 15135
def f15136(x):
    return x + 15136
def f15137(x):
    return x + 15137
def f15138(x):
    return x + 15138
def f15139(x):
    return x + 15139
def f15140(x):
    return x + 15140
def f15141(x):
    return x + 15141
def f15142(x):
    return x + 15142
def f15143(x):
    return x + 15143
def f15144(x):
    return x + 15144
def f15145(x):
    return x + 15145
def f15146(x):
    return x + 15146
def f15147(x):
    return x + 15147
def f15148(x):
    return x + 15148
def f15149(x):
    return x + 15149
def f15150(x):
    return x + 15150
def f15151(x):
    return x + 15151
def f15152(x):
    return x + 15152
def f15153(x):
    return x + 15153
def f15154(x):
    return x + 15154
def f15155(x):
    return x + 15155
def f15156(x):
    return x + 15156
def f15157(x):
    return x + 15157
def f15158(x):
    return x + 15158
def f15159(x):
    return x + 15159
def f15160(x):
    return x + 15160
def f15161(x):
    return x + 15161
def f15162(x):
    return x + 15162
def f15163(x):
    return x + 15163
def f15164(x):
    return x + 15164
def f15165(x):
    return x + 15165
def f15166(x):
    return x + 15166
def f15167(x):
    return x + 15167
def f15168(x):
    return x + 15168
def f15169(x):
    return x + 15169
def f15170(x):
    return x + 15170
def f15171(x):
    return x + 15171
def f15172(x):
    return x + 15172
def f15173(x):
    return x + 15173
def f15174(x):
    return x + 15174
def f15175(x):
    return x + 15175
def f15176(x):
    return x + 15176
def f15177(x):
    return x + 15177
def f15178(x):
    return x + 15178
def f15179(x):
    return x + 15179
def f15180(x):
    return x + 15180
def f15181(x):
    return x + 15181
def f15182(x):
    return x + 15182
def f15183(x):
    return x + 15183
def f15184(x):
    return x + 15184
def f15185(x):
    return x + 15185
def f15186(x):
    return x + 15186
def f15187(x):
    return x + 15187
def f15188(x):
    return x + 15188
def f15189(x):
    return x + 15189
def f15190(x):
    return x + 15190
def f15191(x):
    return x + 15191
def f15192(x):
    return x + 15192
def f15193(x):
    return x + 15193
def f15194(x):
    return x + 15194
def f15195(x):
    return x + 15195
def f15196(x):
    return x + 15196
def f15197(x):
    return x + 15197
def f15198(x):
    return x + 15198
def f15199(x):
    return x + 15199
def f15200(x):
    return x + 15200
def f15201(x):
    return x + 15201
def f15202(x):
    return x + 15202
def f15203(x):
    return x + 15203
def f15204(x):
    return x + 15204
def f15205(x):
    return x + 15205
def f15206(x):
    return x + 15206
def f15207(x):
    return x + 15207
def f15208(x):
    return x + 15208
def f15209(x):
    return x + 15209
def f15210(x):
    return x + 15210
def f15211(x):
    return x + 15211
def f15212(x):
    return x + 15212
def f15213(x):
    return x + 15213
def f15214(x):
    return x + 15214
def f15215(x):
    return x + 15215
def f15216(x):
    return x + 15216
def f15217(x):
    return x + 15217
def f15218(x):
    return x + 15218
def f15219(x):
    return x + 15219
def f15220(x):
    return x + 15220
def f15221(x):
    return x + 15221
def f15222(x):
    return x + 15222
def f15223(x):
    return x + 15223
def f15224(x):
    return x + 15224
def f15225(x):
    return x + 15225
def f15226(x):
    return x + 15226
def f15227(x):
    return x + 15227
def f15228(x):
    return x + 15228
def f15229(x):
    return x + 15229
def f15230(x):
    return x + 15230
def f15231(x):
    return x + 15231
def f15232(x):
    return x + 15232
def f15233(x):
    return x + 15233
def f15234(x):
    return x + 15234
def f15235(x):
    return x + 15235
def f15236(x):
    return x + 15236
def f15237(x):
    return x + 15237
def f15238(x):
    return x + 15238
def f15239(x):
    return x + 15239
def f15240(x):
    return x + 15240
def f15241(x):
    return x + 15241
def f15242(x):
    return x + 15242
def f15243(x):
    return x + 15243
def f15244(x):
    return x + 15244
def f15245(x):
    return x + 15245
def f15246(x):
    return x + 15246
def f15247(x):
    return x + 15247
def f15248(x):
    return x + 15248
def f15249(x):
    return x + 15249
def f15250(x):
    return x + 15250
def f15251(x):
    return x + 15251
def f15252(x):
    return x + 15252
def f15253(x):
    return x + 15253
def f15254(x):
    return x + 15254
def f15255(x):
    return x + 15255
def f15256(x):
    return x + 15256
def f15257(x):
    return x + 15257
def f15258(x):
    return x + 15258
def f15259(x):
    return x + 15259
def f15260(x):
    return x + 15260
def f15261(x):
    return x + 15261
def f15262(x):
    return x + 15262
def f15263(x):
    return x + 15263
def f15264(x):
    return x + 15264
def f15265(x):
    return x + 15265
def f15266(x):
    return x + 15266
def f15267(x):
    return x + 15267
def f15268(x):
    return x + 15268
def f15269(x):
    return x + 15269
def f15270(x):
    return x + 15270
def f15271(x):
    return x + 15271
def f15272(x):
    return x + 15272
def f15273(x):
    return x + 15273
def f15274(x):
    return x + 15274
def f15275(x):
    return x + 15275
def f15276(x):
    return x + 15276
def f15277(x):
    return x + 15277
def f15278(x):
    return x + 15278
def f15279(x):
    return x + 15279
def f15280(x):
    return x + 15280
def f15281(x):
    return x + 15281
def f15282(x):
    return x + 15282
def f15283(x):
    return x + 15283
def f15284(x):
    return x + 15284
def f15285(x):
    return x + 15285
def f15286(x):
    return x + 15286
def f15287(x):
    return x + 15287
def f15288(x):
    return x + 15288
def f15289(x):
    return x + 15289
def f15290(x):
    return x + 15290
def f15291(x):
    return x + 15291
def f15292(x):
    return x + 15292
def f15293(x):
    return x + 15293
def f15294(x):
    return x + 15294
def f15295(x):
    return x + 15295
def f15296(x):
    return x + 15296
def f15297(x):
    return x + 15297
def f15298(x):
    return x + 15298
def f15299(x):
    return x + 15299
def f15300(x):
    return x + 15300
def f15301(x):
    return x + 15301
def f15302(x):
    return x + 15302
def f15303(x):
    return x + 15303
def f15304(x):
    return x + 15304
def f15305(x):
    return x + 15305
def f15306(x):
    return x + 15306
def f15307(x):
    return x + 15307
def f15308(x):
    return x + 15308
def f15309(x):
    return x + 15309
def f15310(x):
    return x + 15310
def f15311(x):
    return x + 15311
def f15312(x):
    return x + 15312
def f15313(x):
    return x + 15313
def f15314(x):
    return x + 15314
def f15315(x):
    return x + 15315
def f15316(x):
    return x + 15316
def f15317(x):
    return x + 15317
def f15318(x):
    return x + 15318
def f15319(x):
    return x + 15319
def f15320(x):
    return x + 15320
def f15321(x):
    return x + 15321
def f15322(x):
    return x + 15322
def f15323(x):
    return x + 15323
def f15324(x):
    return x + 15324
def f15325(x):
    return x + 15325
def f15326(x):
    return x + 15326
def f15327(x):
    return x + 15327
def f15328(x):
    return x + 15328
def f15329(x):
    return x + 15329
def f15330(x):
    return x + 15330
def f15331(x):
    return x + 15331
def f15332(x):
    return x + 15332
def f15333(x):
    return x + 15333
def f15334(x):
    return x + 15334
def f15335(x):
    return x + 15335
def f15336(x):
    return x + 15336
def f15337(x):
    return x + 15337
def f15338(x):
    return x + 15338
def f15339(x):
    return x + 15339
def f15340(x):
    return x + 15340
def f15341(x):
    return x + 15341
def f15342(x):
    return x + 15342
def f15343(x):
    return x + 15343
def f15344(x):
    return x + 15344
def f15345(x):
    return x + 15345
def f15346(x):
    return x + 15346
def f15347(x):
    return x + 15347
def f15348(x):
    return x + 15348
def f15349(x):
    return x + 15349
def f15350(x):
    return x + 15350
def f15351(x):
    return x + 15351
def f15352(x):
    return x + 15352
def f15353(x):
    return x + 15353
def f15354(x):
    return x + 15354
def f15355(x):
    return x + 15355
def f15356(x):
    return x + 15356
def f15357(x):
    return x + 15357
def f15358(x):
    return x + 15358
def f15359(x):
    return x + 15359
def f15360(x):
    return x + 15360
def f15361(x):
    return x + 15361
def f15362(x):
    return x + 15362
def f15363(x):
    return x + 15363
def f15364(x):
    return x + 15364
def f15365(x):
    return x + 15365
def f15366(x):
    return x + 15366
def f15367(x):
    return x + 15367
def f15368(x):
    return x + 15368
def f15369(x):
    return x + 15369
def f15370(x):
    return x + 15370
def f15371(x):
    return x + 15371
def f15372(x):
    return x + 15372
def f15373(x):
    return x + 15373
def f15374(x):
    return x + 15374
def f15375(x):
    return x + 15375
def f15376(x):
    return x + 15376
def f15377(x):
    return x + 15377
def f15378(x):
    return x + 15378
def f15379(x):
    return x + 15379
def f15380(x):
    return x + 15380
def f15381(x):
    return x + 15381
def f15382(x):
    return x + 15382
def f15383(x):
    return x + 15383
def f15384(x):
    return x + 15384
def f15385(x):
    return x + 15385
def f15386(x):
    return x + 15386
def f15387(x):
    return x + 15387
def f15388(x):
    return x + 15388
def f15389(x):
    return x + 15389
def f15390(x):
    return x + 15390
def f15391(x):
    return x + 15391
def f15392(x):
    return x + 15392
def f15393(x):
    return x + 15393
def f15394(x):
    return x + 15394
def f15395(x):
    return x + 15395
def f15396(x):
    return x + 15396
def f15397(x):
    return x + 15397
def f15398(x):
    return x + 15398
def f15399(x):
    return x + 15399
def f15400(x):
    return x + 15400
def f15401(x):
    return x + 15401
def f15402(x):
    return x + 15402
def f15403(x):
    return x + 15403
def f15404(x):
    return x + 15404
def f15405(x):
    return x + 15405
def f15406(x):
    return x + 15406
def f15407(x):
    return x + 15407
def f15408(x):
    return x + 15408
def f15409(x):
    return x + 15409
def f15410(x):
    return x + 15410
def f15411(x):
    return x + 15411
def f15412(x):
    return x + 15412
def f15413(x):
    return x + 15413
def f15414(x):
    return x + 15414
def f15415(x):
    return x + 15415
def f15416(x):
    return x + 15416
def f15417(x):
    return x + 15417
def f15418(x):
    return x + 15418
def f15419(x):
    return x + 15419
def f15420(x):
    return x + 15420
def f15421(x):
    return x + 15421
def f15422(x):
    return x + 15422
def f15423(x):
    return x + 15423
def f15424(x):
    return x + 15424
def f15425(x):
    return x + 15425
def f15426(x):
    return x + 15426
def f15427(x):
    return x + 15427
def f15428(x):
    return x + 15428
def f15429(x):
    return x + 15429
def f15430(x):
    return x + 15430
def f15431(x):
    return x + 15431
def f15432(x):
    return x + 15432
def f15433(x):
    return x + 15433
def f15434(x):
    return x + 15434
def f15435(x):
    return x + 15435
def f15436(x):
    return x + 15436
def f15437(x):
    return x + 15437
def f15438(x):
    return x + 15438
def f15439(x):
    return x + 15439
def f15440(x):
    return x + 15440
def f15441(x):
    return x + 15441
def f15442(x):
    return x + 15442
def f15443(x):
    return x + 15443
def f15444(x):
    return x + 15444
def f15445(x):
    return x + 15445
def f15446(x):
    return x + 15446
def f15447(x):
    return x + 15447
def f15448(x):
    return x + 15448
def f15449(x):
    return x + 15449
def f15450(x):
    return x + 15450
def f15451(x):
    return x + 15451
def f15452(x):
    return x + 15452
def f15453(x):
    return x + 15453
def f15454(x):
    return x + 15454
def f15455(x):
    return x + 15455
def f15456(x):
    return x + 15456
def f15457(x):
    return x + 15457
def f15458(x):
    return x + 15458
def f15459(x):
    return x + 15459
def f15460(x):
    return x + 15460
def f15461(x):
    return x + 15461
def f15462(x):
    return x + 15462
def f15463(x):
    return x + 15463
def f15464(x):
    return x + 15464
def f15465(x):
    return x + 15465
def f15466(x):
    return x + 15466
def f15467(x):
    return x + 15467
def f15468(x):
    return x + 15468
def f15469(x):
    return x + 15469
def f15470(x):
    return x + 15470
def f15471(x):
    return x + 15471
def f15472(x):
    return x + 15472
def f15473(x):
    return x + 15473
def f15474(x):
    return x + 15474
def f15475(x):
    return x + 15475
def f15476(x):
    return x + 15476
def f15477(x):
    return x + 15477
def f15478(x):
    return x + 15478
def f15479(x):
    return x + 15479
def f15480(x):
    return x + 15480
def f15481(x):
    return x + 15481
def f15482(x):
    return x + 15482
def f15483(x):
    return x + 15483
def f15484(x):
    return x + 15484
def f15485(x):
    return x + 15485
def f15486(x):
    return x + 15486
def f15487(x):
    return x + 15487
def f15488(x):
    return x + 15488
def f15489(x):
    return x + 15489
def f15490(x):
    return x + 15490
def f15491(x):
    return x + 15491
def f15492(x):
    return x + 15492
def f15493(x):
    return x + 15493
def f15494(x):
    return x + 15494
def f15495(x):
    return x + 15495
def f15496(x):
    return x + 15496
def f15497(x):
    return x + 15497
def f15498(x):
    return x + 15498
def f15499(x):
    return x + 15499
def f15500(x):
    return x + 15500
def f15501(x):
    return x + 15501
def f15502(x):
    return x + 15502
def f15503(x):
    return x + 15503
def f15504(x):
    return x + 15504
def f15505(x):
    return x + 15505
def f15506(x):
    return x + 15506
def f15507(x):
    return x + 15507
def f15508(x):
    return x + 15508
def f15509(x):
    return x + 15509
def f15510(x):
    return x + 15510
def f15511(x):
    return x + 15511
def f15512(x):
    return x + 15512
def f15513(x):
    return x + 15513
def f15514(x):
    return x + 15514
def f15515(x):
    return x + 15515
def f15516(x):
    return x + 15516
def f15517(x):
    return x + 15517
def f15518(x):
    return x + 15518
def f15519(x):
    return x + 15519
def f15520(x):
    return x + 15520
def f15521(x):
    return x + 15521
def f15522(x):
    return x + 15522
def f15523(x):
    return x + 15523
def f15524(x):
    return x + 15524
def f15525(x):
    return x + 15525
def f15526(x):
    return x + 15526
def f15527(x):
    return x + 15527
def f15528(x):
    return x + 15528
def f15529(x):
    return x + 15529
def f15530(x):
    return x + 15530
def f15531(x):
    return x + 15531
def f15532(x):
    return x + 15532
def f15533(x):
    return x + 15533
def f15534(x):
    return x + 15534
def f15535(x):
    return x + 15535
def f15536(x):
    return x + 15536
def f15537(x):
    return x + 15537
def f15538(x):
    return x + 15538
def f15539(x):
    return x + 15539
def f15540(x):
    return x + 15540
def f15541(x):
    return x + 15541
def f15542(x):
    return x + 15542
def f15543(x):
    return x + 15543
def f15544(x):
    return x + 15544
def f15545(x):
    return x + 15545
def f15546(x):
    return x + 15546
def f15547(x):
    return x + 15547
def f15548(x):
    return x + 15548
def f15549(x):
    return x + 15549
def f15550(x):
    return x + 15550
def f15551(x):
    return x + 15551
def f15552(x):
    return x + 15552
def f15553(x):
    return x + 15553
def f15554(x):
    return x + 15554
def f15555(x):
    return x + 15555
def f15556(x):
    return x + 15556
def f15557(x):
    return x + 15557
def f15558(x):
    return x + 15558
def f15559(x):
    return x + 15559
def f15560(x):
    return x + 15560
def f15561(x):
    return x + 15561
def f15562(x):
    return x + 15562
def f15563(x):
    return x + 15563
def f15564(x):
    return x + 15564
def f15565(x):
    return x + 15565
def f15566(x):
    return x + 15566
def f15567(x):
    return x + 15567
def f15568(x):
    return x + 15568
def f15569(x):
    return x + 15569
def f15570(x):
    return x + 15570
def f15571(x):
    return x + 15571
def f15572(x):
    return x + 15572
def f15573(x):
    return x + 15573
def f15574(x):
    return x + 15574
def f15575(x):
    return x + 15575
def f15576(x):
    return x + 15576
def f15577(x):
    return x + 15577
def f15578(x):
    return x + 15578
def f15579(x):
    return x + 15579
def f15580(x):
    return x + 15580
def f15581(x):
    return x + 15581
def f15582(x):
    return x + 15582
def f15583(x):
    return x + 15583
def f15584(x):
    return x + 15584
def f15585(x):
    return x + 15585
def f15586(x):
    return x + 15586
def f15587(x):
    return x + 15587
def f15588(x):
    return x + 15588
def f15589(x):
    return x + 15589
def f15590(x):
    return x + 15590
def f15591(x):
    return x + 15591
def f15592(x):
    return x + 15592
def f15593(x):
    return x + 15593
def f15594(x):
    return x + 15594
def f15595(x):
    return x + 15595
def f15596(x):
    return x + 15596
def f15597(x):
    return x + 15597
def f15598(x):
    return x + 15598
def f15599(x):
    return x + 15599
def f15600(x):
    return x + 15600
def f15601(x):
    return x + 15601
def f15602(x):
    return x + 15602
def f15603(x):
    return x + 15603
def f15604(x):
    return x + 15604
def f15605(x):
    return x + 15605
def f15606(x):
    return x + 15606
def f15607(x):
    return x + 15607
def f15608(x):
    return x + 15608
def f15609(x):
    return x + 15609
def f15610(x):
    return x + 15610
def f15611(x):
    return x + 15611
def f15612(x):
    return x + 15612
def f15613(x):
    return x + 15613
def f15614(x):
    return x + 15614
def f15615(x):
    return x + 15615
def f15616(x):
    return x + 15616
def f15617(x):
    return x + 15617
def f15618(x):
    return x + 15618
def f15619(x):
    return x + 15619
def f15620(x):
    return x + 15620
def f15621(x):
    return x + 15621
def f15622(x):
    return x + 15622
def f15623(x):
    return x + 15623
def f15624(x):
    return x + 15624
def f15625(x):
    return x + 15625
def f15626(x):
    return x + 15626
def f15627(x):
    return x + 15627
def f15628(x):
    return x + 15628
def f15629(x):
    return x + 15629
def f15630(x):
    return x + 15630
def f15631(x):
    return x + 15631
def f15632(x):
    return x + 15632
def f15633(x):
    return x + 15633
def f15634(x):
    return x + 15634
def f15635(x):
    return x + 15635
def f15636(x):
    return x + 15636
def f15637(x):
    return x + 15637
def f15638(x):
    return x + 15638
def f15639(x):
    return x + 15639
def f15640(x):
    return x + 15640
def f15641(x):
    return x + 15641
def f15642(x):
    return x + 15642
def f15643(x):
    return x + 15643
def f15644(x):
    return x + 15644
def f15645(x):
    return x + 15645
def f15646(x):
    return x + 15646
def f15647(x):
    return x + 15647
def f15648(x):
    return x + 15648
def f15649(x):
    return x + 15649
def f15650(x):
    return x + 15650
def f15651(x):
    return x + 15651
def f15652(x):
    return x + 15652
def f15653(x):
    return x + 15653
def f15654(x):
    return x + 15654
def f15655(x):
    return x + 15655
def f15656(x):
    return x + 15656
def f15657(x):
    return x + 15657
def f15658(x):
    return x + 15658
def f15659(x):
    return x + 15659
def f15660(x):
    return x + 15660
def f15661(x):
    return x + 15661
def f15662(x):
    return x + 15662
def f15663(x):
    return x + 15663
def f15664(x):
    return x + 15664
def f15665(x):
    return x + 15665
def f15666(x):
    return x + 15666
def f15667(x):
    return x + 15667
def f15668(x):
    return x + 15668
def f15669(x):
    return x + 15669
def f15670(x):
    return x + 15670
def f15671(x):
    return x + 15671
def f15672(x):
    return x + 15672
def f15673(x):
    return x + 15673
def f15674(x):
    return x + 15674
def f15675(x):
    return x + 15675
def f15676(x):
    return x + 15676
def f15677(x):
    return x + 15677
def f15678(x):
    return x + 15678
def f15679(x):
    return x + 15679
def f15680(x):
    return x + 15680
def f15681(x):
    return x + 15681
def f15682(x):
    return x + 15682
def f15683(x):
    return x + 15683
def f15684(x):
    return x + 15684
def f15685(x):
    return x + 15685
def f15686(x):
    return x + 15686
def f15687(x):
    return x + 15687
def f15688(x):
    return x + 15688
def f15689(x):
    return x + 15689
def f15690(x):
    return x + 15690
def f15691(x):
    return x + 15691
def f15692(x):
    return x + 15692
def f15693(x):
    return x + 15693
def f15694(x):
    return x + 15694
def f15695(x):
    return x + 15695
def f15696(x):
    return x + 15696
def f15697(x):
    return x + 15697
def f15698(x):
    return x + 15698
def f15699(x):
    return x + 15699
def f15700(x):
    return x + 15700
def f15701(x):
    return x + 15701
def f15702(x):
    return x + 15702
def f15703(x):
    return x + 15703
def f15704(x):
    return x + 15704
def f15705(x):
    return x + 15705
def f15706(x):
    return x + 15706
def f15707(x):
    return x + 15707
def f15708(x):
    return x + 15708
def f15709(x):
    return x + 15709
def f15710(x):
    return x + 15710
def f15711(x):
    return x + 15711
def f15712(x):
    return x + 15712
def f15713(x):
    return x + 15713
def f15714(x):
    return x + 15714
def f15715(x):
    return x + 15715
def f15716(x):
    return x + 15716
def f15717(x):
    return x + 15717
def f15718(x):
    return x + 15718
def f15719(x):
    return x + 15719
def f15720(x):
    return x + 15720
def f15721(x):
    return x + 15721
def f15722(x):
    return x + 15722
def f15723(x):
    return x + 15723
def f15724(x):
    return x + 15724
def f15725(x):
    return x + 15725
def f15726(x):
    return x + 15726
def f15727(x):
    return x + 15727
def f15728(x):
    return x + 15728
def f15729(x):
    return x + 15729
def f15730(x):
    return x + 15730
def f15731(x):
    return x + 15731
def f15732(x):
    return x + 15732
def f15733(x):
    return x + 15733
def f15734(x):
    return x + 15734
def f15735(x):
    return x + 15735
def f15736(x):
    return x + 15736
def f15737(x):
    return x + 15737
def f15738(x):
    return x + 15738
def f15739(x):
    return x + 15739
def f15740(x):
    return x + 15740
def f15741(x):
    return x + 15741
def f15742(x):
    return x + 15742
def f15743(x):
    return x + 15743
def f15744(x):
    return x + 15744
def f15745(x):
    return x + 15745
def f15746(x):
    return x + 15746
def f15747(x):
    return x + 15747
def f15748(x):
    return x + 15748
def f15749(x):
    return x + 15749
def f15750(x):
    return x + 15750
def f15751(x):
    return x + 15751
def f15752(x):
    return x + 15752
def f15753(x):
    return x + 15753
def f15754(x):
    return x + 15754
def f15755(x):
    return x + 15755
def f15756(x):
    return x + 15756
def f15757(x):
    return x + 15757
def f15758(x):
    return x + 15758
def f15759(x):
    return x + 15759
def f15760(x):
    return x + 15760
def f15761(x):
    return x + 15761
def f15762(x):
    return x + 15762
def f15763(x):
    return x + 15763
def f15764(x):
    return x + 15764
def f15765(x):
    return x + 15765
def f15766(x):
    return x + 15766
def f15767(x):
    return x + 15767
def f15768(x):
    return x + 15768
def f15769(x):
    return x + 15769
def f15770(x):
    return x + 15770
def f15771(x):
    return x + 15771
def f15772(x):
    return x + 15772
def f15773(x):
    return x + 15773
def f15774(x):
    return x + 15774
def f15775(x):
    return x + 15775
def f15776(x):
    return x + 15776
def f15777(x):
    return x + 15777
def f15778(x):
    return x + 15778
def f15779(x):
    return x + 15779
def f15780(x):
    return x + 15780
def f15781(x):
    return x + 15781
def f15782(x):
    return x + 15782
def f15783(x):
    return x + 15783
def f15784(x):
    return x + 15784
def f15785(x):
    return x + 15785
def f15786(x):
    return x + 15786
def f15787(x):
    return x + 15787
def f15788(x):
    return x + 15788
def f15789(x):
    return x + 15789
def f15790(x):
    return x + 15790
def f15791(x):
    return x + 15791
def f15792(x):
    return x + 15792
def f15793(x):
    return x + 15793
def f15794(x):
    return x + 15794
def f15795(x):
    return x + 15795
def f15796(x):
    return x + 15796
def f15797(x):
    return x + 15797
def f15798(x):
    return x + 15798
def f15799(x):
    return x + 15799
def f15800(x):
    return x + 15800
def f15801(x):
    return x + 15801
def f15802(x):
    return x + 15802
def f15803(x):
    return x + 15803
def f15804(x):
    return x + 15804
def f15805(x):
    return x + 15805
def f15806(x):
    return x + 15806
def f15807(x):
    return x + 15807
def f15808(x):
    return x + 15808
def f15809(x):
    return x + 15809
def f15810(x):
    return x + 15810
def f15811(x):
    return x + 15811
def f15812(x):
    return x + 15812
def f15813(x):
    return x + 15813
def f15814(x):
    return x + 15814
def f15815(x):
    return x + 15815
def f15816(x):
    return x + 15816
def f15817(x):
    return x + 15817
def f15818(x):
    return x + 15818
def f15819(x):
    return x + 15819
def f15820(x):
    return x + 15820
def f15821(x):
    return x + 15821
def f15822(x):
    return x + 15822
def f15823(x):
    return x + 15823
def f15824(x):
    return x + 15824
def f15825(x):
    return x + 15825
def f15826(x):
    return x + 15826
def f15827(x):
    return x + 15827
def f15828(x):
    return x + 15828
def f15829(x):
    return x + 15829
def f15830(x):
    return x + 15830
def f15831(x):
    return x + 15831
def f15832(x):
    return x + 15832
def f15833(x):
    return x + 15833
def f15834(x):
    return x + 15834
def f15835(x):
    return x + 15835
def f15836(x):
    return x + 15836
def f15837(x):
    return x + 15837
def f15838(x):
    return x + 15838
def f15839(x):
    return x + 15839
def f15840(x):
    return x + 15840
def f15841(x):
    return x + 15841
def f15842(x):
    return x + 15842
def f15843(x):
    return x + 15843
def f15844(x):
    return x + 15844
def f15845(x):
    return x + 15845
def f15846(x):
    return x + 15846
def f15847(x):
    return x + 15847
def f15848(x):
    return x + 15848
def f15849(x):
    return x + 15849
def f15850(x):
    return x + 15850
def f15851(x):
    return x + 15851
def f15852(x):
    return x + 15852
def f15853(x):
    return x + 15853
def f15854(x):
    return x + 15854
def f15855(x):
    return x + 15855
def f15856(x):
    return x + 15856
def f15857(x):
    return x + 15857
def f15858(x):
    return x + 15858
def f15859(x):
    return x + 15859
def f15860(x):
    return x + 15860
def f15861(x):
    return x + 15861
def f15862(x):
    return x + 15862
def f15863(x):
    return x + 15863
def f15864(x):
    return x + 15864
def f15865(x):
    return x + 15865
def f15866(x):
    return x + 15866
def f15867(x):
    return x + 15867
def f15868(x):
    return x + 15868
def f15869(x):
    return x + 15869
def f15870(x):
    return x + 15870
def f15871(x):
    return x + 15871
def f15872(x):
    return x + 15872
def f15873(x):
    return x + 15873
def f15874(x):
    return x + 15874
def f15875(x):
    return x + 15875
def f15876(x):
    return x + 15876
def f15877(x):
    return x + 15877
def f15878(x):
    return x + 15878
def f15879(x):
    return x + 15879
def f15880(x):
    return x + 15880
def f15881(x):
    return x + 15881
def f15882(x):
    return x + 15882
def f15883(x):
    return x + 15883
def f15884(x):
    return x + 15884
def f15885(x):
    return x + 15885
def f15886(x):
    return x + 15886
def f15887(x):
    return x + 15887
def f15888(x):
    return x + 15888
def f15889(x):
    return x + 15889
def f15890(x):
    return x + 15890
def f15891(x):
    return x + 15891
def f15892(x):
    return x + 15892
def f15893(x):
    return x + 15893
def f15894(x):
    return x + 15894
def f15895(x):
    return x + 15895
def f15896(x):
    return x + 15896
def f15897(x):
    return x + 15897
def f15898(x):
    return x + 15898
def f15899(x):
    return x + 15899
def f15900(x):
    return x + 15900
def f15901(x):
    return x + 15901
def f15902(x):
    return x + 15902
def f15903(x):
    return x + 15903
def f15904(x):
    return x + 15904
def f15905(x):
    return x + 15905
def f15906(x):
    return x + 15906
def f15907(x):
    return x + 15907
def f15908(x):
    return x + 15908
def f15909(x):
    return x + 15909
def f15910(x):
    return x + 15910
def f15911(x):
    return x + 15911
def f15912(x):
    return x + 15912
def f15913(x):
    return x + 15913
def f15914(x):
    return x + 15914
def f15915(x):
    return x + 15915
def f15916(x):
    return x + 15916
def f15917(x):
    return x + 15917
def f15918(x):
    return x + 15918
def f15919(x):
    return x + 15919
def f15920(x):
    return x + 15920
def f15921(x):
    return x + 15921
def f15922(x):
    return x + 15922
def f15923(x):
    return x + 15923
def f15924(x):
    return x + 15924
def f15925(x):
    return x + 15925
def f15926(x):
    return x + 15926
def f15927(x):
    return x + 15927
def f15928(x):
    return x + 15928
def f15929(x):
    return x + 15929
def f15930(x):
    return x + 15930
def f15931(x):
    return x + 15931
def f15932(x):
    return x + 15932
def f15933(x):
    return x + 15933
def f15934(x):
    return x + 15934
def f15935(x):
    return x + 15935
def f15936(x):
    return x + 15936
def f15937(x):
    return x + 15937
def f15938(x):
    return x + 15938
def f15939(x):
    return x + 15939
def f15940(x):
    return x + 15940
def f15941(x):
    return x + 15941
def f15942(x):
    return x + 15942
def f15943(x):
    return x + 15943
def f15944(x):
    return x + 15944
def f15945(x):
    return x + 15945
def f15946(x):
    return x + 15946
def f15947(x):
    return x + 15947
def f15948(x):
    return x + 15948
def f15949(x):
    return x + 15949
def f15950(x):
    return x + 15950
def f15951(x):
    return x + 15951
def f15952(x):
    return x + 15952
def f15953(x):
    return x + 15953
def f15954(x):
    return x + 15954
def f15955(x):
    return x + 15955
def f15956(x):
    return x + 15956
def f15957(x):
    return x + 15957
def f15958(x):
    return x + 15958
def f15959(x):
    return x + 15959
def f15960(x):
    return x + 15960
def f15961(x):
    return x + 15961
def f15962(x):
    return x + 15962
def f15963(x):
    return x + 15963
def f15964(x):
    return x + 15964
def f15965(x):
    return x + 15965
def f15966(x):
    return x + 15966
def f15967(x):
    return x + 15967
def f15968(x):
    return x + 15968
def f15969(x):
    return x + 15969
def f15970(x):
    return x + 15970
def f15971(x):
    return x + 15971
def f15972(x):
    return x + 15972
def f15973(x):
    return x + 15973
def f15974(x):
    return x + 15974
def f15975(x):
    return x + 15975
def f15976(x):
    return x + 15976
def f15977(x):
    return x + 15977
def f15978(x):
    return x + 15978
def f15979(x):
    return x + 15979
def f15980(x):
    return x + 15980
def f15981(x):
    return x + 15981
def f15982(x):
    return x + 15982
def f15983(x):
    return x + 15983
def f15984(x):
    return x + 15984
def f15985(x):
    return x + 15985
def f15986(x):
    return x + 15986
def f15987(x):
    return x + 15987
def f15988(x):
    return x + 15988
def f15989(x):
    return x + 15989
def f15990(x):
    return x + 15990
def f15991(x):
    return x + 15991
def f15992(x):
    return x + 15992
def f15993(x):
    return x + 15993
def f15994(x):
    return x + 15994
def f15995(x):
    return x + 15995
def f15996(x):
    return x + 15996
def f15997(x):
    return x + 15997
def f15998(x):
    return x + 15998
def f15999(x):
    return x + 15999
def f16000(x):
    return x + 16000
def f16001(x):
    return x + 16001
def f16002(x):
    return x + 16002
def f16003(x):
    return x + 16003
def f16004(x):
    return x + 16004
def f16005(x):
    return x + 16005
def f16006(x):
    return x + 16006
def f16007(x):
    return x + 16007
def f16008(x):
    return x + 16008
def f16009(x):
    return x + 16009
def f16010(x):
    return x + 16010
def f16011(x):
    return x + 16011
def f16012(x):
    return x + 16012
def f16013(x):
    return x + 16013
def f16014(x):
    return x + 16014
def f16015(x):
    return x + 16015
def f16016(x):
    return x + 16016
def f16017(x):
    return x + 16017
def f16018(x):
    return x + 16018
def f16019(x):
    return x + 16019
def f16020(x):
    return x + 16020
def f16021(x):
    return x + 16021
def f16022(x):
    return x + 16022
def f16023(x):
    return x + 16023
def f16024(x):
    return x + 16024
def f16025(x):
    return x + 16025
def f16026(x):
    return x + 16026
def f16027(x):
    return x + 16027
def f16028(x):
    return x + 16028
def f16029(x):
    return x + 16029
def f16030(x):
    return x + 16030
def f16031(x):
    return x + 16031
def f16032(x):
    return x + 16032
def f16033(x):
    return x + 16033
def f16034(x):
    return x + 16034
def f16035(x):
    return x + 16035
def f16036(x):
    return x + 16036
def f16037(x):
    return x + 16037
def f16038(x):
    return x + 16038
def f16039(x):
    return x + 16039
def f16040(x):
    return x + 16040
def f16041(x):
    return x + 16041
def f16042(x):
    return x + 16042
def f16043(x):
    return x + 16043
def f16044(x):
    return x + 16044
def f16045(x):
    return x + 16045
def f16046(x):
    return x + 16046
def f16047(x):
    return x + 16047
def f16048(x):
    return x + 16048
def f16049(x):
    return x + 16049
def f16050(x):
    return x + 16050
def f16051(x):
    return x + 16051
def f16052(x):
    return x + 16052
def f16053(x):
    return x + 16053
def f16054(x):
    return x + 16054
def f16055(x):
    return x + 16055
def f16056(x):
    return x + 16056
def f16057(x):
    return x + 16057
def f16058(x):
    return x + 16058
def f16059(x):
    return x + 16059
def f16060(x):
    return x + 16060
def f16061(x):
    return x + 16061
def f16062(x):
    return x + 16062
def f16063(x):
    return x + 16063
def f16064(x):
    return x + 16064
def f16065(x):
    return x + 16065
def f16066(x):
    return x + 16066
def f16067(x):
    return x + 16067
def f16068(x):
    return x + 16068
def f16069(x):
    return x + 16069
def f16070(x):
    return x + 16070
def f16071(x):
    return x + 16071
def f16072(x):
    return x + 16072
def f16073(x):
    return x + 16073
def f16074(x):
    return x + 16074
def f16075(x):
    return x + 16075
def f16076(x):
    return x + 16076
def f16077(x):
    return x + 16077
def f16078(x):
    return x + 16078
def f16079(x):
    return x + 16079
def f16080(x):
    return x + 16080
def f16081(x):
    return x + 16081
def f16082(x):
    return x + 16082
def f16083(x):
    return x + 16083
def f16084(x):
    return x + 16084
def f16085(x):
    return x + 16085
def f16086(x):
    return x + 16086
def f16087(x):
    return x + 16087
def f16088(x):
    return x + 16088
def f16089(x):
    return x + 16089
def f16090(x):
    return x + 16090
def f16091(x):
    return x + 16091
def f16092(x):
    return x + 16092
def f16093(x):
    return x + 16093
def f16094(x):
    return x + 16094
def f16095(x):
    return x + 16095
def f16096(x):
    return x + 16096
def f16097(x):
    return x + 16097
def f16098(x):
    return x + 16098
def f16099(x):
    return x + 16099
def f16100(x):
    return x + 16100
def f16101(x):
    return x + 16101
def f16102(x):
    return x + 16102
def f16103(x):
    return x + 16103
def f16104(x):
    return x + 16104
def f16105(x):
    return x + 16105
def f16106(x):
    return x + 16106
def f16107(x):
    return x + 16107
def f16108(x):
    return x + 16108
def f16109(x):
    return x + 16109
def f16110(x):
    return x + 16110
def f16111(x):
    return x + 16111
def f16112(x):
    return x + 16112
def f16113(x):
    return x + 16113
def f16114(x):
    return x + 16114
def f16115(x):
    return x + 16115
def f16116(x):
    return x + 16116
def f16117(x):
    return x + 16117
def f16118(x):
    return x + 16118
def f16119(x):
    return x + 16119
def f16120(x):
    return x + 16120
def f16121(x):
    return x + 16121
def f16122(x):
    return x + 16122
def f16123(x):
    return x + 16123
def f16124(x):
    return x + 16124
def f16125(x):
    return x + 16125
def f16126(x):
    return x + 16126
def f16127(x):
    return x + 16127
def f16128(x):
    return x + 16128
def f16129(x):
    return x + 16129
def f16130(x):
    return x + 16130
def f16131(x):
    return x + 16131
def f16132(x):
    return x + 16132
def f16133(x):
    return x + 16133
def f16134(x):
    return x + 16134
def f16135(x):
    return x + 16135
def f16136(x):
    return x + 16136
def f16137(x):
    return x + 16137
def f16138(x):
    return x + 16138
def f16139(x):
    return x + 16139
def f16140(x):
    return x + 16140
def f16141(x):
    return x + 16141
def f16142(x):
    return x + 16142
def f16143(x):
    return x + 16143
def f16144(x):
    return x + 16144
def f16145(x):
    return x + 16145
def f16146(x):
    return x + 16146
def f16147(x):
    return x + 16147
def f16148(x):
    return x + 16148
def f16149(x):
    return x + 16149
def f16150(x):
    return x + 16150
def f16151(x):
    return x + 16151
def f16152(x):
    return x + 16152
def f16153(x):
    return x + 16153
def f16154(x):
    return x + 16154
def f16155(x):
    return x + 16155
def f16156(x):
    return x + 16156
def f16157(x):
    return x + 16157
def f16158(x):
    return x + 16158
def f16159(x):
    return x + 16159
def f16160(x):
    return x + 16160
def f16161(x):
    return x + 16161
def f16162(x):
    return x + 16162
def f16163(x):
    return x + 16163
def f16164(x):
    return x + 16164
def f16165(x):
    return x + 16165
def f16166(x):
    return x + 16166
def f16167(x):
    return x + 16167
def f16168(x):
    return x + 16168
def f16169(x):
    return x + 16169
def f16170(x):
    return x + 16170
def f16171(x):
    return x + 16171
def f16172(x):
    return x + 16172
def f16173(x):
    return x + 16173
def f16174(x):
    return x + 16174
def f16175(x):
    return x + 16175
def f16176(x):
    return x + 16176
def f16177(x):
    return x + 16177
def f16178(x):
    return x + 16178
def f16179(x):
    return x + 16179
def f16180(x):
    return x + 16180
def f16181(x):
    return x + 16181
def f16182(x):
    return x + 16182
def f16183(x):
    return x + 16183
def f16184(x):
    return x + 16184
def f16185(x):
    return x + 16185
def f16186(x):
    return x + 16186
def f16187(x):
    return x + 16187
def f16188(x):
    return x + 16188
def f16189(x):
    return x + 16189
def f16190(x):
    return x + 16190
def f16191(x):
    return x + 16191
def f16192(x):
    return x + 16192
def f16193(x):
    return x + 16193
def f16194(x):
    return x + 16194
def f16195(x):
    return x + 16195
def f16196(x):
    return x + 16196
def f16197(x):
    return x + 16197
def f16198(x):
    return x + 16198
def f16199(x):
    return x + 16199
def f16200(x):
    return x + 16200
def f16201(x):
    return x + 16201
def f16202(x):
    return x + 16202
def f16203(x):
    return x + 16203
def f16204(x):
    return x + 16204
def f16205(x):
    return x + 16205
def f16206(x):
    return x + 16206
def f16207(x):
    return x + 16207
def f16208(x):
    return x + 16208
def f16209(x):
    return x + 16209
def f16210(x):
    return x + 16210
def f16211(x):
    return x + 16211
def f16212(x):
    return x + 16212
def f16213(x):
    return x + 16213
def f16214(x):
    return x + 16214
def f16215(x):
    return x + 16215
def f16216(x):
    return x + 16216
def f16217(x):
    return x + 16217
def f16218(x):
    return x + 16218
def f16219(x):
    return x + 16219
def f16220(x):
    return x + 16220
def f16221(x):
    return x + 16221
def f16222(x):
    return x + 16222
def f16223(x):
    return x + 16223
def f16224(x):
    return x + 16224
def f16225(x):
    return x + 16225
def f16226(x):
    return x + 16226
def f16227(x):
    return x + 16227
def f16228(x):
    return x + 16228
def f16229(x):
    return x + 16229
def f16230(x):
    return x + 16230
def f16231(x):
    return x + 16231
def f16232(x):
    return x + 16232
def f16233(x):
    return x + 16233
def f16234(x):
    return x + 16234
def f16235(x):
    return x + 16235
def f16236(x):
    return x + 16236
def f16237(x):
    return x + 16237
def f16238(x):
    return x + 16238
def f16239(x):
    return x + 16239
def f16240(x):
    return x + 16240
def f16241(x):
    return x + 16241
def f16242(x):
    return x + 16242
def f16243(x):
    return x + 16243
def f16244(x):
    return x + 16244
def f16245(x):
    return x + 16245
def f16246(x):
    return x + 16246
def f16247(x):
    return x + 16247
def f16248(x):
    return x + 16248
def f16249(x):
    return x + 16249
def f16250(x):
    return x + 16250
def f16251(x):
    return x + 16251
def f16252(x):
    return x + 16252
def f16253(x):
    return x + 16253
def f16254(x):
    return x + 16254
def f16255(x):
    return x + 16255
def f16256(x):
    return x + 16256
def f16257(x):
    return x + 16257
def f16258(x):
    return x + 16258
def f16259(x):
    return x + 16259
def f16260(x):
    return x + 16260
def f16261(x):
    return x + 16261
def f16262(x):
    return x + 16262
def f16263(x):
    return x + 16263
def f16264(x):
    return x + 16264
def f16265(x):
    return x + 16265
def f16266(x):
    return x + 16266
def f16267(x):
    return x + 16267
def f16268(x):
    return x + 16268
def f16269(x):
    return x + 16269
def f16270(x):
    return x + 16270
def f16271(x):
    return x + 16271
def f16272(x):
    return x + 16272
def f16273(x):
    return x + 16273
def f16274(x):
    return x + 16274
def f16275(x):
    return x + 16275
def f16276(x):
    return x + 16276
def f16277(x):
    return x + 16277
def f16278(x):
    return x + 16278
def f16279(x):
    return x + 16279
def f16280(x):
    return x + 16280
def f16281(x):
    return x + 16281
def f16282(x):
    return x + 16282
def f16283(x):
    return x + 16283
def f16284(x):
    return x + 16284
def f16285(x):
    return x + 16285
def f16286(x):
    return x + 16286
def f16287(x):
    return x + 16287
def f16288(x):
    return x + 16288
def f16289(x):
    return x + 16289
def f16290(x):
    return x + 16290
def f16291(x):
    return x + 16291
def f16292(x):
    return x + 16292
def f16293(x):
    return x + 16293
def f16294(x):
    return x + 16294
def f16295(x):
    return x + 16295
def f16296(x):
    return x + 16296
def f16297(x):
    return x + 16297
def f16298(x):
    return x + 16298
def f16299(x):
    return x + 16299
def f16300(x):
    return x + 16300
def f16301(x):
    return x + 16301
def f16302(x):
    return x + 16302
def f16303(x):
    return x + 16303
def f16304(x):
    return x + 16304
def f16305(x):
    return x + 16305
def f16306(x):
    return x + 16306
def f16307(x):
    return x + 16307
def f16308(x):
    return x + 16308
def f16309(x):
    return x + 16309
def f16310(x):
    return x + 16310
def f16311(x):
    return x + 16311
def f16312(x):
    return x + 16312
def f16313(x):
    return x + 16313
def f16314(x):
    return x + 16314
def f16315(x):
    return x + 16315
def f16316(x):
    return x + 16316
def f16317(x):
    return x + 16317
def f16318(x):
    return x + 16318
def f16319(x):
    return x + 16319
def f16320(x):
    return x + 16320
def f16321(x):
    return x + 16321
def f16322(x):
    return x + 16322
def f16323(x):
    return x + 16323
def f16324(x):
    return x + 16324
def f16325(x):
    return x + 16325
def f16326(x):
    return x + 16326
def f16327(x):
    return x + 16327
def f16328(x):
    return x + 16328
def f16329(x):
    return x + 16329
def f16330(x):
    return x + 16330
def f16331(x):
    return x + 16331
def f16332(x):
    return x + 16332
def f16333(x):
    return x + 16333
def f16334(x):
    return x + 16334
def f16335(x):
    return x + 16335
def f16336(x):
    return x + 16336
def f16337(x):
    return x + 16337
def f16338(x):
    return x + 16338
def f16339(x):
    return x + 16339
def f16340(x):
    return x + 16340
def f16341(x):
    return x + 16341
def f16342(x):
    return x + 16342
def f16343(x):
    return x + 16343
def f16344(x):
    return x + 16344
def f16345(x):
    return x + 16345
def f16346(x):
    return x + 16346
def f16347(x):
    return x + 16347
def f16348(x):
    return x + 16348
def f16349(x):
    return x + 16349
def f16350(x):
    return x + 16350
def f16351(x):
    return x + 16351
def f16352(x):
    return x + 16352
def f16353(x):
    return x + 16353
def f16354(x):
    return x + 16354
def f16355(x):
    return x + 16355
def f16356(x):
    return x + 16356
def f16357(x):
    return x + 16357
def f16358(x):
    return x + 16358
def f16359(x):
    return x + 16359
def f16360(x):
    return x + 16360
def f16361(x):
    return x + 16361
def f16362(x):
    return x + 16362
def f16363(x):
    return x + 16363
def f16364(x):
    return x + 16364
def f16365(x):
    return x + 16365
def f16366(x):
    return x + 16366
def f16367(x):
    return x + 16367
def f16368(x):
    return x + 16368
def f16369(x):
    return x + 16369
def f16370(x):
    return x + 16370
def f16371(x):
    return x + 16371
def f16372(x):
    return x + 16372
def f16373(x):
    return x + 16373
def f16374(x):
    return x + 16374
def f16375(x):
    return x + 16375
def f16376(x):
    return x + 16376
def f16377(x):
    return x + 16377
def f16378(x):
    return x + 16378
def f16379(x):
    return x + 16379
def f16380(x):
    return x + 16380
def f16381(x):
    return x + 16381
def f16382(x):
    return x + 16382
def f16383(x):
    return x + 16383
def f16384(x):
    return x + 16384
def f16385(x):
    return x + 16385
def f16386(x):
    return x + 16386
def f16387(x):
    return x + 16387
def f16388(x):
    return x + 16388
def f16389(x):
    return x + 16389
def f16390(x):
    return x + 16390
def f16391(x):
    return x + 16391
def f16392(x):
    return x + 16392
def f16393(x):
    return x + 16393
def f16394(x):
    return x + 16394
def f16395(x):
    return x + 16395
def f16396(x):
    return x + 16396
def f16397(x):
    return x + 16397
def f16398(x):
    return x + 16398
def f16399(x):
    return x + 16399
def f16400(x):
    return x + 16400
def f16401(x):
    return x + 16401
def f16402(x):
    return x + 16402
def f16403(x):
    return x + 16403
def f16404(x):
    return x + 16404
def f16405(x):
    return x + 16405
def f16406(x):
    return x + 16406
def f16407(x):
    return x + 16407
def f16408(x):
    return x + 16408
def f16409(x):
    return x + 16409
def f16410(x):
    return x + 16410
def f16411(x):
    return x + 16411
def f16412(x):
    return x + 16412
def f16413(x):
    return x + 16413
def f16414(x):
    return x + 16414
def f16415(x):
    return x + 16415
def f16416(x):
    return x + 16416
def f16417(x):
    return x + 16417
def f16418(x):
    return x + 16418
def f16419(x):
    return x + 16419
def f16420(x):
    return x + 16420
def f16421(x):
    return x + 16421
def f16422(x):
    return x + 16422
def f16423(x):
    return x + 16423
def f16424(x):
    return x + 16424
def f16425(x):
    return x + 16425
def f16426(x):
    return x + 16426
def f16427(x):
    return x + 16427
def f16428(x):
    return x + 16428
def f16429(x):
    return x + 16429
def f16430(x):
    return x + 16430
def f16431(x):
    return x + 16431
def f16432(x):
    return x + 16432
def f16433(x):
    return x + 16433
def f16434(x):
    return x + 16434
def f16435(x):
    return x + 16435
def f16436(x):
    return x + 16436
def f16437(x):
    return x + 16437
def f16438(x):
    return x + 16438
def f16439(x):
    return x + 16439
def f16440(x):
    return x + 16440
def f16441(x):
    return x + 16441
def f16442(x):
    return x + 16442
def f16443(x):
    return x + 16443
def f16444(x):
    return x + 16444
def f16445(x):
    return x + 16445
def f16446(x):
    return x + 16446
def f16447(x):
    return x + 16447
def f16448(x):
    return x + 16448
def f16449(x):
    return x + 16449
def f16450(x):
    return x + 16450
def f16451(x):
    return x + 16451
def f16452(x):
    return x + 16452
def f16453(x):
    return x + 16453
def f16454(x):
    return x + 16454
def f16455(x):
    return x + 16455
def f16456(x):
    return x + 16456
def f16457(x):
    return x + 16457
def f16458(x):
    return x + 16458
def f16459(x):
    return x + 16459
def f16460(x):
    return x + 16460
def f16461(x):
    return x + 16461
def f16462(x):
    return x + 16462
def f16463(x):
    return x + 16463
def f16464(x):
    return x + 16464
def f16465(x):
    return x + 16465
def f16466(x):
    return x + 16466
def f16467(x):
    return x + 16467
def f16468(x):
    return x + 16468
def f16469(x):
    return x + 16469
def f16470(x):
    return x + 16470
def f16471(x):
    return x + 16471
def f16472(x):
    return x + 16472
def f16473(x):
    return x + 16473
def f16474(x):
    return x + 16474
def f16475(x):
    return x + 16475
def f16476(x):
    return x + 16476
def f16477(x):
    return x + 16477
def f16478(x):
    return x + 16478
def f16479(x):
    return x + 16479
def f16480(x):
    return x + 16480
def f16481(x):
    return x + 16481
def f16482(x):
    return x + 16482
def f16483(x):
    return x + 16483
def f16484(x):
    return x + 16484
def f16485(x):
    return x + 16485
def f16486(x):
    return x + 16486
def f16487(x):
    return x + 16487
def f16488(x):
    return x + 16488
def f16489(x):
    return x + 16489
def f16490(x):
    return x + 16490
def f16491(x):
    return x + 16491
def f16492(x):
    return x + 16492
def f16493(x):
    return x + 16493
def f16494(x):
    return x + 16494
def f16495(x):
    return x + 16495
def f16496(x):
    return x + 16496
def f16497(x):
    return x + 16497
def f16498(x):
    return x + 16498
def f16499(x):
    return x + 16499
def f16500(x):
    return x + 16500
def f16501(x):
    return x + 16501
def f16502(x):
    return x + 16502
def f16503(x):
    return x + 16503
def f16504(x):
    return x + 16504
def f16505(x):
    return x + 16505
def f16506(x):
    return x + 16506
def f16507(x):
    return x + 16507
def f16508(x):
    return x + 16508
def f16509(x):
    return x + 16509
def f16510(x):
    return x + 16510
def f16511(x):
    return x + 16511
def f16512(x):
    return x + 16512
def f16513(x):
    return x + 16513
def f16514(x):
    return x + 16514
def f16515(x):
    return x + 16515
def f16516(x):
    return x + 16516
def f16517(x):
    return x + 16517
def f16518(x):
    return x + 16518
def f16519(x):
    return x + 16519
def f16520(x):
    return x + 16520
def f16521(x):
    return x + 16521
def f16522(x):
    return x + 16522
def f16523(x):
    return x + 16523
def f16524(x):
    return x + 16524
def f16525(x):
    return x + 16525
def f16526(x):
    return x + 16526
def f16527(x):
    return x + 16527
def f16528(x):
    return x + 16528
def f16529(x):
    return x + 16529
def f16530(x):
    return x + 16530
def f16531(x):
    return x + 16531
def f16532(x):
    return x + 16532
def f16533(x):
    return x + 16533
def f16534(x):
    return x + 16534
def f16535(x):
    return x + 16535
def f16536(x):
    return x + 16536
def f16537(x):
    return x + 16537
def f16538(x):
    return x + 16538
def f16539(x):
    return x + 16539
def f16540(x):
    return x + 16540
def f16541(x):
    return x + 16541
def f16542(x):
    return x + 16542
def f16543(x):
    return x + 16543
def f16544(x):
    return x + 16544
def f16545(x):
    return x + 16545
def f16546(x):
    return x + 16546
def f16547(x):
    return x + 16547
def f16548(x):
    return x + 16548
def f16549(x):
    return x + 16549
def f16550(x):
    return x + 16550
def f16551(x):
    return x + 16551
def f16552(x):
    return x + 16552
def f16553(x):
    return x + 16553
def f16554(x):
    return x + 16554
def f16555(x):
    return x + 16555
def f16556(x):
    return x + 16556
def f16557(x):
    return x + 16557
def f16558(x):
    return x + 16558
def f16559(x):
    return x + 16559
def f16560(x):
    return x + 16560
def f16561(x):
    return x + 16561
def f16562(x):
    return x + 16562
def f16563(x):
    return x + 16563
def f16564(x):
    return x + 16564
def f16565(x):
    return x + 16565
def f16566(x):
    return x + 16566
def f16567(x):
    return x + 16567
def f16568(x):
    return x + 16568
def f16569(x):
    return x + 16569
def f16570(x):
    return x + 16570
def f16571(x):
    return x + 16571
def f16572(x):
    return x + 16572
def f16573(x):
    return x + 16573
def f16574(x):
    return x + 16574
def f16575(x):
    return x + 16575
def f16576(x):
    return x + 16576
def f16577(x):
    return x + 16577
def f16578(x):
    return x + 16578
def f16579(x):
    return x + 16579
def f16580(x):
    return x + 16580
def f16581(x):
    return x + 16581
def f16582(x):
    return x + 16582
def f16583(x):
    return x + 16583
def f16584(x):
    return x + 16584
def f16585(x):
    return x + 16585
def f16586(x):
    return x + 16586
def f16587(x):
    return x + 16587
def f16588(x):
    return x + 16588
def f16589(x):
    return x + 16589
def f16590(x):
    return x + 16590
def f16591(x):
    return x + 16591
def f16592(x):
    return x + 16592
def f16593(x):
    return x + 16593
def f16594(x):
    return x + 16594
def f16595(x):
    return x + 16595
def f16596(x):
    return x + 16596
def f16597(x):
    return x + 16597
def f16598(x):
    return x + 16598
def f16599(x):
    return x + 16599
def f16600(x):
    return x + 16600
def f16601(x):
    return x + 16601
def f16602(x):
    return x + 16602
def f16603(x):
    return x + 16603
def f16604(x):
    return x + 16604
def f16605(x):
    return x + 16605
def f16606(x):
    return x + 16606
def f16607(x):
    return x + 16607
def f16608(x):
    return x + 16608
def f16609(x):
    return x + 16609
def f16610(x):
    return x + 16610
def f16611(x):
    return x + 16611
def f16612(x):
    return x + 16612
def f16613(x):
    return x + 16613
def f16614(x):
    return x + 16614
def f16615(x):
    return x + 16615
def f16616(x):
    return x + 16616
def f16617(x):
    return x + 16617
def f16618(x):
    return x + 16618
def f16619(x):
    return x + 16619
def f16620(x):
    return x + 16620
def f16621(x):
    return x + 16621
def f16622(x):
    return x + 16622
def f16623(x):
    return x + 16623
def f16624(x):
    return x + 16624
def f16625(x):
    return x + 16625
def f16626(x):
    return x + 16626
def f16627(x):
    return x + 16627
def f16628(x):
    return x + 16628
def f16629(x):
    return x + 16629
def f16630(x):
    return x + 16630
def f16631(x):
    return x + 16631
def f16632(x):
    return x + 16632
def f16633(x):
    return x + 16633
def f16634(x):
    return x + 16634
def f16635(x):
    return x + 16635
def f16636(x):
    return x + 16636
def f16637(x):
    return x + 16637
def f16638(x):
    return x + 16638
def f16639(x):
    return x + 16639
def f16640(x):
    return x + 16640
def f16641(x):
    return x + 16641
def f16642(x):
    return x + 16642
def f16643(x):
    return x + 16643
def f16644(x):
    return x + 16644
def f16645(x):
    return x + 16645
def f16646(x):
    return x + 16646
def f16647(x):
    return x + 16647
def f16648(x):
    return x + 16648
def f16649(x):
    return x + 16649
def f16650(x):
    return x + 16650
def f16651(x):
    return x + 16651
def f16652(x):
    return x + 16652
def f16653(x):
    return x + 16653
def f16654(x):
    return x + 16654
def f16655(x):
    return x + 16655
def f16656(x):
    return x + 16656
def f16657(x):
    return x + 16657
def f16658(x):
    return x + 16658
def f16659(x):
    return x + 16659
def f16660(x):
    return x + 16660
def f16661(x):
    return x + 16661
def f16662(x):
    return x + 16662
def f16663(x):
    return x + 16663
def f16664(x):
    return x + 16664
def f16665(x):
    return x + 16665
def f16666(x):
    return x + 16666
def f16667(x):
    return x + 16667
def f16668(x):
    return x + 16668
def f16669(x):
    return x + 16669
def f16670(x):
    return x + 16670
def f16671(x):
    return x + 16671
def f16672(x):
    return x + 16672
def f16673(x):
    return x + 16673
def f16674(x):
    return x + 16674
def f16675(x):
    return x + 16675
def f16676(x):
    return x + 16676
def f16677(x):
    return x + 16677
def f16678(x):
    return x + 16678
def f16679(x):
    return x + 16679
def f16680(x):
    return x + 16680
def f16681(x):
    return x + 16681
def f16682(x):
    return x + 16682
def f16683(x):
    return x + 16683
def f16684(x):
    return x + 16684
def f16685(x):
    return x + 16685
def f16686(x):
    return x + 16686
def f16687(x):
    return x + 16687
def f16688(x):
    return x + 16688
def f16689(x):
    return x + 16689
def f16690(x):
    return x + 16690
def f16691(x):
    return x + 16691
def f16692(x):
    return x + 16692
def f16693(x):
    return x + 16693
def f16694(x):
    return x + 16694
def f16695(x):
    return x + 16695
def f16696(x):
    return x + 16696
def f16697(x):
    return x + 16697
def f16698(x):
    return x + 16698
def f16699(x):
    return x + 16699
def f16700(x):
    return x + 16700
def f16701(x):
    return x + 16701
def f16702(x):
    return x + 16702
def f16703(x):
    return x + 16703
def f16704(x):
    return x + 16704
def f16705(x):
    return x + 16705
def f16706(x):
    return x + 16706
def f16707(x):
    return x + 16707
def f16708(x):
    return x + 16708
def f16709(x):
    return x + 16709
def f16710(x):
    return x + 16710
def f16711(x):
    return x + 16711
def f16712(x):
    return x + 16712
def f16713(x):
    return x + 16713
def f16714(x):
    return x + 16714
def f16715(x):
    return x + 16715
def f16716(x):
    return x + 16716
def f16717(x):
    return x + 16717
def f16718(x):
    return x + 16718
def f16719(x):
    return x + 16719
def f16720(x):
    return x + 16720
def f16721(x):
    return x + 16721
def f16722(x):
    return x + 16722
def f16723(x):
    return x + 16723
def f16724(x):
    return x + 16724
def f16725(x):
    return x + 16725
def f16726(x):
    return x + 16726
def f16727(x):
    return x + 16727
def f16728(x):
    return x + 16728
def f16729(x):
    return x + 16729
def f16730(x):
    return x + 16730
def f16731(x):
    return x + 16731
def f16732(x):
    return x + 16732
def f16733(x):
    return x + 16733
def f16734(x):
    return x + 16734
def f16735(x):
    return x + 16735
def f16736(x):
    return x + 16736
def f16737(x):
    return x + 16737
def f16738(x):
    return x + 16738
def f16739(x):
    return x + 16739
def f16740(x):
    return x + 16740
def f16741(x):
    return x + 16741
def f16742(x):
    return x + 16742
def f16743(x):
    return x + 16743
def f16744(x):
    return x + 16744
def f16745(x):
    return x + 16745
def f16746(x):
    return x + 16746
def f16747(x):
    return x + 16747
def f16748(x):
    return x + 16748
def f16749(x):
    return x + 16749
def f16750(x):
    return x + 16750
def f16751(x):
    return x + 16751
def f16752(x):
    return x + 16752
def f16753(x):
    return x + 16753
def f16754(x):
    return x + 16754
def f16755(x):
    return x + 16755
def f16756(x):
    return x + 16756
def f16757(x):
    return x + 16757
def f16758(x):
    return x + 16758
def f16759(x):
    return x + 16759
def f16760(x):
    return x + 16760
def f16761(x):
    return x + 16761
def f16762(x):
    return x + 16762
def f16763(x):
    return x + 16763
def f16764(x):
    return x + 16764
def f16765(x):
    return x + 16765
def f16766(x):
    return x + 16766
def f16767(x):
    return x + 16767
def f16768(x):
    return x + 16768
def f16769(x):
    return x + 16769
def f16770(x):
    return x + 16770
def f16771(x):
    return x + 16771
def f16772(x):
    return x + 16772
def f16773(x):
    return x + 16773
def f16774(x):
    return x + 16774
def f16775(x):
    return x + 16775
def f16776(x):
    return x + 16776
def f16777(x):
    return x + 16777
def f16778(x):
    return x + 16778
def f16779(x):
    return x + 16779
def f16780(x):
    return x + 16780
def f16781(x):
    return x + 16781
def f16782(x):
    return x + 16782
def f16783(x):
    return x + 16783
def f16784(x):
    return x + 16784
def f16785(x):
    return x + 16785
def f16786(x):
    return x + 16786
def f16787(x):
    return x + 16787
def f16788(x):
    return x + 16788
def f16789(x):
    return x + 16789
def f16790(x):
    return x + 16790
def f16791(x):
    return x + 16791
def f16792(x):
    return x + 16792
def f16793(x):
    return x + 16793
def f16794(x):
    return x + 16794
def f16795(x):
    return x + 16795
def f16796(x):
    return x + 16796
def f16797(x):
    return x + 16797
def f16798(x):
    return x + 16798
def f16799(x):
    return x + 16799
def f16800(x):
    return x + 16800
def f16801(x):
    return x + 16801
def f16802(x):
    return x + 16802
def f16803(x):
    return x + 16803
def f16804(x):
    return x + 16804
def f16805(x):
    return x + 16805
def f16806(x):
    return x + 16806
def f16807(x):
    return x + 16807
def f16808(x):
    return x + 16808
def f16809(x):
    return x + 16809
def f16810(x):
    return x + 16810
def f16811(x):
    return x + 16811
def f16812(x):
    return x + 16812
def f16813(x):
    return x + 16813
def f16814(x):
    return x + 16814
def f16815(x):
    return x + 16815
def f16816(x):
    return x + 16816
def f16817(x):
    return x + 16817
def f16818(x):
    return x + 16818
def f16819(x):
    return x + 16819
def f16820(x):
    return x + 16820
def f16821(x):
    return x + 16821
def f16822(x):
    return x + 16822
def f16823(x):
    return x + 16823
def f16824(x):
    return x + 16824
def f16825(x):
    return x + 16825
def f16826(x):
    return x + 16826
def f16827(x):
    return x + 16827
def f16828(x):
    return x + 16828
def f16829(x):
    return x + 16829
def f16830(x):
    return x + 16830
def f16831(x):
    return x + 16831
def f16832(x):
    return x + 16832
def f16833(x):
    return x + 16833
def f16834(x):
    return x + 16834
def f16835(x):
    return x + 16835
def f16836(x):
    return x + 16836
def f16837(x):
    return x + 16837
def f16838(x):
    return x + 16838
def f16839(x):
    return x + 16839
def f16840(x):
    return x + 16840
def f16841(x):
    return x + 16841
def f16842(x):
    return x + 16842
def f16843(x):
    return x + 16843
def f16844(x):
    return x + 16844
def f16845(x):
    return x + 16845
def f16846(x):
    return x + 16846
def f16847(x):
    return x + 16847
def f16848(x):
    return x + 16848
def f16849(x):
    return x + 16849
def f16850(x):
    return x + 16850
def f16851(x):
    return x + 16851
def f16852(x):
    return x + 16852
def f16853(x):
    return x + 16853
def f16854(x):
    return x + 16854
def f16855(x):
    return x + 16855
def f16856(x):
    return x + 16856
def f16857(x):
    return x + 16857
def f16858(x):
    return x + 16858
def f16859(x):
    return x + 16859
def f16860(x):
    return x + 16860
def f16861(x):
    return x + 16861
def f16862(x):
    return x + 16862
def f16863(x):
    return x + 16863
def f16864(x):
    return x + 16864
def f16865(x):
    return x + 16865
def f16866(x):
    return x + 16866
def f16867(x):
    return x + 16867
def f16868(x):
    return x + 16868
def f16869(x):
    return x + 16869
def f16870(x):
    return x + 16870
def f16871(x):
    return x + 16871
def f16872(x):
    return x + 16872
def f16873(x):
    return x + 16873
def f16874(x):
    return x + 16874
def f16875(x):
    return x + 16875
def f16876(x):
    return x + 16876
def f16877(x):
    return x + 16877
def f16878(x):
    return x + 16878
def f16879(x):
    return x + 16879
def f16880(x):
    return x + 16880
def f16881(x):
    return x + 16881
def f16882(x):
    return x + 16882
def f16883(x):
    return x + 16883
def f16884(x):
    return x + 16884
def f16885(x):
    return x + 16885
def f16886(x):
    return x + 16886
def f16887(x):
    return x + 16887
def f16888(x):
    return x + 16888
def f16889(x):
    return x + 16889
def f16890(x):
    return x + 16890
def f16891(x):
    return x + 16891
def f16892(x):
    return x + 16892
def f16893(x):
    return x + 16893
def f16894(x):
    return x + 16894
def f16895(x):
    return x + 16895
def f16896(x):
    return x + 16896
def f16897(x):
    return x + 16897
def f16898(x):
    return x + 16898
def f16899(x):
    return x + 16899
def f16900(x):
    return x + 16900
def f16901(x):
    return x + 16901
def f16902(x):
    return x + 16902
def f16903(x):
    return x + 16903
def f16904(x):
    return x + 16904
def f16905(x):
    return x + 16905
def f16906(x):
    return x + 16906
def f16907(x):
    return x + 16907
def f16908(x):
    return x + 16908
def f16909(x):
    return x + 16909
def f16910(x):
    return x + 16910
def f16911(x):
    return x + 16911
def f16912(x):
    return x + 16912
def f16913(x):
    return x + 16913
def f16914(x):
    return x + 16914
def f16915(x):
    return x + 16915
def f16916(x):
    return x + 16916
def f16917(x):
    return x + 16917
def f16918(x):
    return x + 16918
def f16919(x):
    return x + 16919
def f16920(x):
    return x + 16920
def f16921(x):
    return x + 16921
def f16922(x):
    return x + 16922
def f16923(x):
    return x + 16923
def f16924(x):
    return x + 16924
def f16925(x):
    return x + 16925
def f16926(x):
    return x + 16926
def f16927(x):
    return x + 16927
def f16928(x):
    return x + 16928
def f16929(x):
    return x + 16929
def f16930(x):
    return x + 16930
def f16931(x):
    return x + 16931
def f16932(x):
    return x + 16932
def f16933(x):
    return x + 16933
def f16934(x):
    return x + 16934
def f16935(x):
    return x + 16935
def f16936(x):
    return x + 16936
def f16937(x):
    return x + 16937
def f16938(x):
    return x + 16938
def f16939(x):
    return x + 16939
def f16940(x):
    return x + 16940
def f16941(x):
    return x + 16941
def f16942(x):
    return x + 16942
def f16943(x):
    return x + 16943
def f16944(x):
    return x + 16944
def f16945(x):
    return x + 16945
def f16946(x):
    return x + 16946
def f16947(x):
    return x + 16947
def f16948(x):
    return x + 16948
def f16949(x):
    return x + 16949
def f16950(x):
    return x + 16950
def f16951(x):
    return x + 16951
def f16952(x):
    return x + 16952
def f16953(x):
    return x + 16953
def f16954(x):
    return x + 16954
def f16955(x):
    return x + 16955
def f16956(x):
    return x + 16956
def f16957(x):
    return x + 16957
def f16958(x):
    return x + 16958
def f16959(x):
    return x + 16959
def f16960(x):
    return x + 16960
def f16961(x):
    return x + 16961
def f16962(x):
    return x + 16962
def f16963(x):
    return x + 16963
def f16964(x):
    return x + 16964
def f16965(x):
    return x + 16965
def f16966(x):
    return x + 16966
def f16967(x):
    return x + 16967
def f16968(x):
    return x + 16968
def f16969(x):
    return x + 16969
def f16970(x):
    return x + 16970
def f16971(x):
    return x + 16971
def f16972(x):
    return x + 16972
def f16973(x):
    return x + 16973
def f16974(x):
    return x + 16974
def f16975(x):
    return x + 16975
def f16976(x):
    return x + 16976
def f16977(x):
    return x + 16977
def f16978(x):
    return x + 16978
def f16979(x):
    return x + 16979
def f16980(x):
    return x + 16980
def f16981(x):
    return x + 16981
def f16982(x):
    return x + 16982
def f16983(x):
    return x + 16983
def f16984(x):
    return x + 16984
def f16985(x):
    return x + 16985
def f16986(x):
    return x + 16986
def f16987(x):
    return x + 16987
def f16988(x):
    return x + 16988
def f16989(x):
    return x + 16989
def f16990(x):
    return x + 16990
def f16991(x):
    return x + 16991
def f16992(x):
    return x + 16992
def f16993(x):
    return x + 16993
def f16994(x):
    return x + 16994
def f16995(x):
    return x + 16995
def f16996(x):
    return x + 16996
def f16997(x):
    return x + 16997
def f16998(x):
    return x + 16998
def f16999(x):
    return x + 16999
def f17000(x):
    return x + 17000
def f17001(x):
    return x + 17001
def f17002(x):
    return x + 17002
def f17003(x):
    return x + 17003
def f17004(x):
    return x + 17004
def f17005(x):
    return x + 17005
def f17006(x):
    return x + 17006
def f17007(x):
    return x + 17007
def f17008(x):
    return x + 17008
def f17009(x):
    return x + 17009
def f17010(x):
    return x + 17010
def f17011(x):
    return x + 17011
def f17012(x):
    return x + 17012
def f17013(x):
    return x + 17013
def f17014(x):
    return x + 17014
def f17015(x):
    return x + 17015
def f17016(x):
    return x + 17016
def f17017(x):
    return x + 17017
def f17018(x):
    return x + 17018
def f17019(x):
    return x + 17019
def f17020(x):
    return x + 17020
def f17021(x):
    return x + 17021
def f17022(x):
    return x + 17022
def f17023(x):
    return x + 17023
def f17024(x):
    return x + 17024
def f17025(x):
    return x + 17025
def f17026(x):
    return x + 17026
def f17027(x):
    return x + 17027
def f17028(x):
    return x + 17028
def f17029(x):
    return x + 17029
def f17030(x):
    return x + 17030
def f17031(x):
    return x + 17031
def f17032(x):
    return x + 17032
def f17033(x):
    return x + 17033
def f17034(x):
    return x + 17034
def f17035(x):
    return x + 17035
def f17036(x):
    return x + 17036
def f17037(x):
    return x + 17037
def f17038(x):
    return x + 17038
def f17039(x):
    return x + 17039
def f17040(x):
    return x + 17040
def f17041(x):
    return x + 17041
def f17042(x):
    return x + 17042
def f17043(x):
    return x + 17043
def f17044(x):
    return x + 17044
def f17045(x):
    return x + 17045
def f17046(x):
    return x + 17046
def f17047(x):
    return x + 17047
def f17048(x):
    return x + 17048
def f17049(x):
    return x + 17049
def f17050(x):
    return x + 17050
def f17051(x):
    return x + 17051
def f17052(x):
    return x + 17052
def f17053(x):
    return x + 17053
def f17054(x):
    return x + 17054
def f17055(x):
    return x + 17055
def f17056(x):
    return x + 17056
def f17057(x):
    return x + 17057
def f17058(x):
    return x + 17058
def f17059(x):
    return x + 17059
def f17060(x):
    return x + 17060
def f17061(x):
    return x + 17061
def f17062(x):
    return x + 17062
def f17063(x):
    return x + 17063
def f17064(x):
    return x + 17064
def f17065(x):
    return x + 17065
def f17066(x):
    return x + 17066
def f17067(x):
    return x + 17067
def f17068(x):
    return x + 17068
def f17069(x):
    return x + 17069
def f17070(x):
    return x + 17070
def f17071(x):
    return x + 17071
def f17072(x):
    return x + 17072
def f17073(x):
    return x + 17073
def f17074(x):
    return x + 17074
def f17075(x):
    return x + 17075
def f17076(x):
    return x + 17076
def f17077(x):
    return x + 17077
def f17078(x):
    return x + 17078
def f17079(x):
    return x + 17079
def f17080(x):
    return x + 17080
def f17081(x):
    return x + 17081
def f17082(x):
    return x + 17082
def f17083(x):
    return x + 17083
def f17084(x):
    return x + 17084
def f17085(x):
    return x + 17085
def f17086(x):
    return x + 17086
def f17087(x):
    return x + 17087
def f17088(x):
    return x + 17088
def f17089(x):
    return x + 17089
def f17090(x):
    return x + 17090
def f17091(x):
    return x + 17091
def f17092(x):
    return x + 17092
def f17093(x):
    return x + 17093
def f17094(x):
    return x + 17094
def f17095(x):
    return x + 17095
def f17096(x):
    return x + 17096
def f17097(x):
    return x + 17097
def f17098(x):
    return x + 17098
def f17099(x):
    return x + 17099
def f17100(x):
    return x + 17100
def f17101(x):
    return x + 17101
def f17102(x):
    return x + 17102
def f17103(x):
    return x + 17103
def f17104(x):
    return x + 17104
def f17105(x):
    return x + 17105
def f17106(x):
    return x + 17106
def f17107(x):
    return x + 17107
def f17108(x):
    return x + 17108
def f17109(x):
    return x + 17109
def f17110(x):
    return x + 17110
def f17111(x):
    return x + 17111
def f17112(x):
    return x + 17112
def f17113(x):
    return x + 17113
def f17114(x):
    return x + 17114
def f17115(x):
    return x + 17115
def f17116(x):
    return x + 17116
def f17117(x):
    return x + 17117
def f17118(x):
    return x + 17118
def f17119(x):
    return x + 17119
def f17120(x):
    return x + 17120
def f17121(x):
    return x + 17121
def f17122(x):
    return x + 17122
def f17123(x):
    return x + 17123
def f17124(x):
    return x + 17124
def f17125(x):
    return x + 17125
def f17126(x):
    return x + 17126
def f17127(x):
    return x + 17127
def f17128(x):
    return x + 17128
def f17129(x):
    return x + 17129
def f17130(x):
    return x + 17130
def f17131(x):
    return x + 17131
def f17132(x):
    return x + 17132
def f17133(x):
    return x + 17133
def f17134(x):
    return x + 17134
def f17135(x):
    return x + 17135
def f17136(x):
    return x + 17136
def f17137(x):
    return x + 17137
def f17138(x):
    return x + 17138
def f17139(x):
    return x + 17139
def f17140(x):
    return x + 17140
def f17141(x):
    return x + 17141
def f17142(x):
    return x + 17142
def f17143(x):
    return x + 17143
def f17144(x):
    return x + 17144
def f17145(x):
    return x + 17145
def f17146(x):
    return x + 17146
def f17147(x):
    return x + 17147
def f17148(x):
    return x + 17148
def f17149(x):
    return x + 17149
def f17150(x):
    return x + 17150
def f17151(x):
    return x + 17151
def f17152(x):
    return x + 17152
def f17153(x):
    return x + 17153
def f17154(x):
    return x + 17154
def f17155(x):
    return x + 17155
def f17156(x):
    return x + 17156
def f17157(x):
    return x + 17157
def f17158(x):
    return x + 17158
def f17159(x):
    return x + 17159
def f17160(x):
    return x + 17160
def f17161(x):
    return x + 17161
def f17162(x):
    return x + 17162
def f17163(x):
    return x + 17163
def f17164(x):
    return x + 17164
def f17165(x):
    return x + 17165
def f17166(x):
    return x + 17166
def f17167(x):
    return x + 17167
def f17168(x):
    return x + 17168
def f17169(x):
    return x + 17169
def f17170(x):
    return x + 17170
def f17171(x):
    return x + 17171
def f17172(x):
    return x + 17172
def f17173(x):
    return x + 17173
def f17174(x):
    return x + 17174
def f17175(x):
    return x + 17175
def f17176(x):
    return x + 17176
def f17177(x):
    return x + 17177
def f17178(x):
    return x + 17178
def f17179(x):
    return x + 17179
def f17180(x):
    return x + 17180
def f17181(x):
    return x + 17181
def f17182(x):
    return x + 17182
def f17183(x):
    return x + 17183
def f17184(x):
    return x + 17184
def f17185(x):
    return x + 17185
def f17186(x):
    return x + 17186
def f17187(x):
    return x + 17187
def f17188(x):
    return x + 17188
def f17189(x):
    return x + 17189
def f17190(x):
    return x + 17190
def f17191(x):
    return x + 17191
def f17192(x):
    return x + 17192
def f17193(x):
    return x + 17193
def f17194(x):
    return x + 17194
def f17195(x):
    return x + 17195
def f17196(x):
    return x + 17196
def f17197(x):
    return x + 17197
def f17198(x):
    return x + 17198
def f17199(x):
    return x + 17199
def f17200(x):
    return x + 17200
def f17201(x):
    return x + 17201
def f17202(x):
    return x + 17202
def f17203(x):
    return x + 17203
def f17204(x):
    return x + 17204
def f17205(x):
    return x + 17205
def f17206(x):
    return x + 17206
def f17207(x):
    return x + 17207
def f17208(x):
    return x + 17208
def f17209(x):
    return x + 17209
def f17210(x):
    return x + 17210
def f17211(x):
    return x + 17211
def f17212(x):
    return x + 17212
def f17213(x):
    return x + 17213
def f17214(x):
    return x + 17214
def f17215(x):
    return x + 17215
def f17216(x):
    return x + 17216
def f17217(x):
    return x + 17217
def f17218(x):
    return x + 17218
def f17219(x):
    return x + 17219
def f17220(x):
    return x + 17220
def f17221(x):
    return x + 17221
def f17222(x):
    return x + 17222
def f17223(x):
    return x + 17223
def f17224(x):
    return x + 17224
def f17225(x):
    return x + 17225
def f17226(x):
    return x + 17226
def f17227(x):
    return x + 17227
def f17228(x):
    return x + 17228
def f17229(x):
    return x + 17229
def f17230(x):
    return x + 17230
def f17231(x):
    return x + 17231
def f17232(x):
    return x + 17232
def f17233(x):
    return x + 17233
def f17234(x):
    return x + 17234
def f17235(x):
    return x + 17235
def f17236(x):
    return x + 17236
def f17237(x):
    return x + 17237
def f17238(x):
    return x + 17238
def f17239(x):
    return x + 17239
def f17240(x):
    return x + 17240
def f17241(x):
    return x + 17241
def f17242(x):
    return x + 17242
def f17243(x):
    return x + 17243
def f17244(x):
    return x + 17244
def f17245(x):
    return x + 17245
def f17246(x):
    return x + 17246
def f17247(x):
    return x + 17247
def f17248(x):
    return x + 17248
def f17249(x):
    return x + 17249
def f17250(x):
    return x + 17250
def f17251(x):
    return x + 17251
def f17252(x):
    return x + 17252
def f17253(x):
    return x + 17253
def f17254(x):
    return x + 17254
def f17255(x):
    return x + 17255
def f17256(x):
    return x + 17256
def f17257(x):
    return x + 17257
def f17258(x):
    return x + 17258
def f17259(x):
    return x + 17259
def f17260(x):
    return x + 17260
def f17261(x):
    return x + 17261
def f17262(x):
    return x + 17262
def f17263(x):
    return x + 17263
def f17264(x):
    return x + 17264
def f17265(x):
    return x + 17265
def f17266(x):
    return x + 17266
def f17267(x):
    return x + 17267
def f17268(x):
    return x + 17268
def f17269(x):
    return x + 17269
def f17270(x):
    return x + 17270
def f17271(x):
    return x + 17271
def f17272(x):
    return x + 17272
def f17273(x):
    return x + 17273
def f17274(x):
    return x + 17274
def f17275(x):
    return x + 17275
def f17276(x):
    return x + 17276
def f17277(x):
    return x + 17277
def f17278(x):
    return x + 17278
def f17279(x):
    return x + 17279
def f17280(x):
    return x + 17280
def f17281(x):
    return x + 17281
def f17282(x):
    return x + 17282
def f17283(x):
    return x + 17283
def f17284(x):
    return x + 17284
def f17285(x):
    return x + 17285
def f17286(x):
    return x + 17286
def f17287(x):
    return x + 17287
def f17288(x):
    return x + 17288
def f17289(x):
    return x + 17289
def f17290(x):
    return x + 17290
def f17291(x):
    return x + 17291
def f17292(x):
    return x + 17292
def f17293(x):
    return x + 17293
def f17294(x):
    return x + 17294
def f17295(x):
    return x + 17295
def f17296(x):
    return x + 17296
def f17297(x):
    return x + 17297
def f17298(x):
    return x + 17298
def f17299(x):
    return x + 17299
def f17300(x):
    return x + 17300
def f17301(x):
    return x + 17301
def f17302(x):
    return x + 17302
def f17303(x):
    return x + 17303
def f17304(x):
    return x + 17304
def f17305(x):
    return x + 17305
def f17306(x):
    return x + 17306
def f17307(x):
    return x + 17307
def f17308(x):
    return x + 17308
def f17309(x):
    return x + 17309
def f17310(x):
    return x + 17310
def f17311(x):
    return x + 17311
def f17312(x):
    return x + 17312
def f17313(x):
    return x + 17313
def f17314(x):
    return x + 17314
def f17315(x):
    return x + 17315
def f17316(x):
    return x + 17316
def f17317(x):
    return x + 17317
def f17318(x):
    return x + 17318
def f17319(x):
    return x + 17319
def f17320(x):
    return x + 17320
def f17321(x):
    return x + 17321
def f17322(x):
    return x + 17322
def f17323(x):
    return x + 17323
def f17324(x):
    return x + 17324
def f17325(x):
    return x + 17325
def f17326(x):
    return x + 17326
def f17327(x):
    return x + 17327
def f17328(x):
    return x + 17328
def f17329(x):
    return x + 17329
def f17330(x):
    return x + 17330
def f17331(x):
    return x + 17331
def f17332(x):
    return x + 17332
def f17333(x):
    return x + 17333
def f17334(x):
    return x + 17334
def f17335(x):
    return x + 17335
def f17336(x):
    return x + 17336
def f17337(x):
    return x + 17337
def f17338(x):
    return x + 17338
def f17339(x):
    return x + 17339
def f17340(x):
    return x + 17340
def f17341(x):
    return x + 17341
def f17342(x):
    return x + 17342
def f17343(x):
    return x + 17343
def f17344(x):
    return x + 17344
def f17345(x):
    return x + 17345
def f17346(x):
    return x + 17346
def f17347(x):
    return x + 17347
def f17348(x):
    return x + 17348
def f17349(x):
    return x + 17349
def f17350(x):
    return x + 17350
def f17351(x):
    return x + 17351
def f17352(x):
    return x + 17352
def f17353(x):
    return x + 17353
def f17354(x):
    return x + 17354
def f17355(x):
    return x + 17355
def f17356(x):
    return x + 17356
def f17357(x):
    return x + 17357
def f17358(x):
    return x + 17358
def f17359(x):
    return x + 17359
def f17360(x):
    return x + 17360
def f17361(x):
    return x + 17361
def f17362(x):
    return x + 17362
def f17363(x):
    return x + 17363
def f17364(x):
    return x + 17364
def f17365(x):
    return x + 17365
def f17366(x):
    return x + 17366
def f17367(x):
    return x + 17367
def f17368(x):
    return x + 17368
def f17369(x):
    return x + 17369
def f17370(x):
    return x + 17370
def f17371(x):
    return x + 17371
def f17372(x):
    return x + 17372
def f17373(x):
    return x + 17373
def f17374(x):
    return x + 17374
def f17375(x):
    return x + 17375
def f17376(x):
    return x + 17376
def f17377(x):
    return x + 17377
def f17378(x):
    return x + 17378
def f17379(x):
    return x + 17379
def f17380(x):
    return x + 17380
def f17381(x):
    return x + 17381
def f17382(x):
    return x + 17382
def f17383(x):
    return x + 17383
def f17384(x):
    return x + 17384
def f17385(x):
    return x + 17385
def f17386(x):
    return x + 17386
def f17387(x):
    return x + 17387
def f17388(x):
    return x + 17388
def f17389(x):
    return x + 17389
def f17390(x):
    return x + 17390
def f17391(x):
    return x + 17391
def f17392(x):
    return x + 17392
def f17393(x):
    return x + 17393
def f17394(x):
    return x + 17394
def f17395(x):
    return x + 17395
def f17396(x):
    return x + 17396
def f17397(x):
    return x + 17397
def f17398(x):
    return x + 17398
def f17399(x):
    return x + 17399
def f17400(x):
    return x + 17400
def f17401(x):
    return x + 17401
def f17402(x):
    return x + 17402
def f17403(x):
    return x + 17403
def f17404(x):
    return x + 17404
def f17405(x):
    return x + 17405
def f17406(x):
    return x + 17406
def f17407(x):
    return x + 17407
def f17408(x):
    return x + 17408
def f17409(x):
    return x + 17409
def f17410(x):
    return x + 17410
def f17411(x):
    return x + 17411
def f17412(x):
    return x + 17412
def f17413(x):
    return x + 17413
def f17414(x):
    return x + 17414
def f17415(x):
    return x + 17415
def f17416(x):
    return x + 17416
def f17417(x):
    return x + 17417
def f17418(x):
    return x + 17418
def f17419(x):
    return x + 17419
def f17420(x):
    return x + 17420
def f17421(x):
    return x + 17421
def f17422(x):
    return x + 17422
def f17423(x):
    return x + 17423
def f17424(x):
    return x + 17424
def f17425(x):
    return x + 17425
def f17426(x):
    return x + 17426
def f17427(x):
    return x + 17427
def f17428(x):
    return x + 17428
def f17429(x):
    return x + 17429
def f17430(x):
    return x + 17430
def f17431(x):
    return x + 17431
def f17432(x):
    return x + 17432
def f17433(x):
    return x + 17433
def f17434(x):
    return x + 17434
def f17435(x):
    return x + 17435
def f17436(x):
    return x + 17436
def f17437(x):
    return x + 17437
def f17438(x):
    return x + 17438
def f17439(x):
    return x + 17439
def f17440(x):
    return x + 17440
def f17441(x):
    return x + 17441
def f17442(x):
    return x + 17442
def f17443(x):
    return x + 17443
def f17444(x):
    return x + 17444
def f17445(x):
    return x + 17445
def f17446(x):
    return x + 17446
def f17447(x):
    return x + 17447
def f17448(x):
    return x + 17448
def f17449(x):
    return x + 17449
def f17450(x):
    return x + 17450
def f17451(x):
    return x + 17451
def f17452(x):
    return x + 17452
def f17453(x):
    return x + 17453
def f17454(x):
    return x + 17454
def f17455(x):
    return x + 17455
def f17456(x):
    return x + 17456
def f17457(x):
    return x + 17457
def f17458(x):
    return x + 17458
def f17459(x):
    return x + 17459
def f17460(x):
    return x + 17460
def f17461(x):
    return x + 17461
def f17462(x):
    return x + 17462
def f17463(x):
    return x + 17463
def f17464(x):
    return x + 17464
def f17465(x):
    return x + 17465
def f17466(x):
    return x + 17466
def f17467(x):
    return x + 17467
def f17468(x):
    return x + 17468
def f17469(x):
    return x + 17469
def f17470(x):
    return x + 17470
def f17471(x):
    return x + 17471
def f17472(x):
    return x + 17472
def f17473(x):
    return x + 17473
def f17474(x):
    return x + 17474
def f17475(x):
    return x + 17475
def f17476(x):
    return x + 17476
def f17477(x):
    return x + 17477
def f17478(x):
    return x + 17478
def f17479(x):
    return x + 17479
def f17480(x):
    return x + 17480
def f17481(x):
    return x + 17481
def f17482(x):
    return x + 17482
def f17483(x):
    return x + 17483
def f17484(x):
    return x + 17484
def f17485(x):
    return x + 17485
def f17486(x):
    return x + 17486
def f17487(x):
    return x + 17487
def f17488(x):
    return x + 17488
def f17489(x):
    return x + 17489
def f17490(x):
    return x + 17490
def f17491(x):
    return x + 17491
def f17492(x):
    return x + 17492
def f17493(x):
    return x + 17493
def f17494(x):
    return x + 17494
def f17495(x):
    return x + 17495
def f17496(x):
    return x + 17496
def f17497(x):
    return x + 17497
def f17498(x):
    return x + 17498
def f17499(x):
    return x + 17499
def f17500(x):
    return x + 17500
def f17501(x):
    return x + 17501
def f17502(x):
    return x + 17502
def f17503(x):
    return x + 17503
def f17504(x):
    return x + 17504
def f17505(x):
    return x + 17505
def f17506(x):
    return x + 17506
def f17507(x):
    return x + 17507
def f17508(x):
    return x + 17508
def f17509(x):
    return x + 17509
def f17510(x):
    return x + 17510
def f17511(x):
    return x + 17511
def f17512(x):
    return x + 17512
def f17513(x):
    return x + 17513
def f17514(x):
    return x + 17514
def f17515(x):
    return x + 17515
def f17516(x):
    return x + 17516
def f17517(x):
    return x + 17517
def f17518(x):
    return x + 17518
def f17519(x):
    return x + 17519
def f17520(x):
    return x + 17520
def f17521(x):
    return x + 17521
def f17522(x):
    return x + 17522
def f17523(x):
    return x + 17523
def f17524(x):
    return x + 17524
def f17525(x):
    return x + 17525
def f17526(x):
    return x + 17526
def f17527(x):
    return x + 17527
def f17528(x):
    return x + 17528
def f17529(x):
    return x + 17529
def f17530(x):
    return x + 17530
def f17531(x):
    return x + 17531
def f17532(x):
    return x + 17532
def f17533(x):
    return x + 17533
def f17534(x):
    return x + 17534
def f17535(x):
    return x + 17535
def f17536(x):
    return x + 17536
def f17537(x):
    return x + 17537
def f17538(x):
    return x + 17538
def f17539(x):
    return x + 17539
def f17540(x):
    return x + 17540
def f17541(x):
    return x + 17541
def f17542(x):
    return x + 17542
def f17543(x):
    return x + 17543
def f17544(x):
    return x + 17544
def f17545(x):
    return x + 17545
def f17546(x):
    return x + 17546
def f17547(x):
    return x + 17547
def f17548(x):
    return x + 17548
def f17549(x):
    return x + 17549
def f17550(x):
    return x + 17550
def f17551(x):
    return x + 17551
def f17552(x):
    return x + 17552
def f17553(x):
    return x + 17553
def f17554(x):
    return x + 17554
def f17555(x):
    return x + 17555
def f17556(x):
    return x + 17556
def f17557(x):
    return x + 17557
def f17558(x):
    return x + 17558
def f17559(x):
    return x + 17559
def f17560(x):
    return x + 17560
def f17561(x):
    return x + 17561
def f17562(x):
    return x + 17562
def f17563(x):
    return x + 17563
def f17564(x):
    return x + 17564
def f17565(x):
    return x + 17565
def f17566(x):
    return x + 17566
def f17567(x):
    return x + 17567
def f17568(x):
    return x + 17568
def f17569(x):
    return x + 17569
def f17570(x):
    return x + 17570
def f17571(x):
    return x + 17571
def f17572(x):
    return x + 17572
def f17573(x):
    return x + 17573
def f17574(x):
    return x + 17574
def f17575(x):
    return x + 17575
def f17576(x):
    return x + 17576
def f17577(x):
    return x + 17577
def f17578(x):
    return x + 17578
def f17579(x):
    return x + 17579
def f17580(x):
    return x + 17580
def f17581(x):
    return x + 17581
def f17582(x):
    return x + 17582
def f17583(x):
    return x + 17583
def f17584(x):
    return x + 17584
def f17585(x):
    return x + 17585
def f17586(x):
    return x + 17586
def f17587(x):
    return x + 17587
def f17588(x):
    return x + 17588
def f17589(x):
    return x + 17589
def f17590(x):
    return x + 17590
def f17591(x):
    return x + 17591
def f17592(x):
    return x + 17592
def f17593(x):
    return x + 17593
def f17594(x):
    return x + 17594
def f17595(x):
    return x + 17595
def f17596(x):
    return x + 17596
def f17597(x):
    return x + 17597
def f17598(x):
    return x + 17598
def f17599(x):
    return x + 17599
def f17600(x):
    return x + 17600
def f17601(x):
    return x + 17601
def f17602(x):
    return x + 17602
def f17603(x):
    return x + 17603
def f17604(x):
    return x + 17604
def f17605(x):
    return x + 17605
def f17606(x):
    return x + 17606
def f17607(x):
    return x + 17607
def f17608(x):
    return x + 17608
def f17609(x):
    return x + 17609
def f17610(x):
    return x + 17610
def f17611(x):
    return x + 17611
def f17612(x):
    return x + 17612
def f17613(x):
    return x + 17613
def f17614(x):
    return x + 17614
def f17615(x):
    return x + 17615
def f17616(x):
    return x + 17616
def f17617(x):
    return x + 17617
def f17618(x):
    return x + 17618
def f17619(x):
    return x + 17619
def f17620(x):
    return x + 17620
def f17621(x):
    return x + 17621
def f17622(x):
    return x + 17622
def f17623(x):
    return x + 17623
def f17624(x):
    return x + 17624
def f17625(x):
    return x + 17625
def f17626(x):
    return x + 17626
def f17627(x):
    return x + 17627
def f17628(x):
    return x + 17628
def f17629(x):
    return x + 17629
def f17630(x):
    return x + 17630
def f17631(x):
    return x + 17631
def f17632(x):
    return x + 17632
def f17633(x):
    return x + 17633
def f17634(x):
    return x + 17634
def f17635(x):
    return x + 17635
def f17636(x):
    return x + 17636
def f17637(x):
    return x + 17637
def f17638(x):
    return x + 17638
def f17639(x):
    return x + 17639
def f17640(x):
    return x + 17640
def f17641(x):
    return x + 17641
def f17642(x):
    return x + 17642
def f17643(x):
    return x + 17643
def f17644(x):
    return x + 17644
def f17645(x):
    return x + 17645
def f17646(x):
    return x + 17646
def f17647(x):
    return x + 17647
def f17648(x):
    return x + 17648
def f17649(x):
    return x + 17649
def f17650(x):
    return x + 17650
def f17651(x):
    return x + 17651
def f17652(x):
    return x + 17652
def f17653(x):
    return x + 17653
def f17654(x):
    return x + 17654
def f17655(x):
    return x + 17655
def f17656(x):
    return x + 17656
def f17657(x):
    return x + 17657
def f17658(x):
    return x + 17658
def f17659(x):
    return x + 17659
def f17660(x):
    return x + 17660
def f17661(x):
    return x + 17661
def f17662(x):
    return x + 17662
def f17663(x):
    return x + 17663
def f17664(x):
    return x + 17664
def f17665(x):
    return x + 17665
def f17666(x):
    return x + 17666
def f17667(x):
    return x + 17667
def f17668(x):
    return x + 17668
def f17669(x):
    return x + 17669
def f17670(x):
    return x + 17670
def f17671(x):
    return x + 17671
def f17672(x):
    return x + 17672
def f17673(x):
    return x + 17673
def f17674(x):
    return x + 17674
def f17675(x):
    return x + 17675
def f17676(x):
    return x + 17676
def f17677(x):
    return x + 17677
def f17678(x):
    return x + 17678
def f17679(x):
    return x + 17679
def f17680(x):
    return x + 17680
def f17681(x):
    return x + 17681
def f17682(x):
    return x + 17682
def f17683(x):
    return x + 17683
def f17684(x):
    return x + 17684
def f17685(x):
    return x + 17685
def f17686(x):
    return x + 17686
def f17687(x):
    return x + 17687
def f17688(x):
    return x + 17688
def f17689(x):
    return x + 17689
def f17690(x):
    return x + 17690
def f17691(x):
    return x + 17691
def f17692(x):
    return x + 17692
def f17693(x):
    return x + 17693
def f17694(x):
    return x + 17694
def f17695(x):
    return x + 17695
def f17696(x):
    return x + 17696
def f17697(x):
    return x + 17697
def f17698(x):
    return x + 17698
def f17699(x):
    return x + 17699
def f17700(x):
    return x + 17700
def f17701(x):
    return x + 17701
def f17702(x):
    return x + 17702
def f17703(x):
    return x + 17703
def f17704(x):
    return x + 17704
def f17705(x):
    return x + 17705
def f17706(x):
    return x + 17706
def f17707(x):
    return x + 17707
def f17708(x):
    return x + 17708
def f17709(x):
    return x + 17709
def f17710(x):
    return x + 17710
def f17711(x):
    return x + 17711
def f17712(x):
    return x + 17712
def f17713(x):
    return x + 17713
def f17714(x):
    return x + 17714
def f17715(x):
    return x + 17715
def f17716(x):
    return x + 17716
def f17717(x):
    return x + 17717
def f17718(x):
    return x + 17718
def f17719(x):
    return x + 17719
def f17720(x):
    return x + 17720
def f17721(x):
    return x + 17721
def f17722(x):
    return x + 17722
def f17723(x):
    return x + 17723
def f17724(x):
    return x + 17724
def f17725(x):
    return x + 17725
def f17726(x):
    return x + 17726
def f17727(x):
    return x + 17727
def f17728(x):
    return x + 17728
def f17729(x):
    return x + 17729
def f17730(x):
    return x + 17730
def f17731(x):
    return x + 17731
def f17732(x):
    return x + 17732
def f17733(x):
    return x + 17733
def f17734(x):
    return x + 17734
def f17735(x):
    return x + 17735
def f17736(x):
    return x + 17736
def f17737(x):
    return x + 17737
def f17738(x):
    return x + 17738
def f17739(x):
    return x + 17739
def f17740(x):
    return x + 17740
def f17741(x):
    return x + 17741
def f17742(x):
    return x + 17742
def f17743(x):
    return x + 17743
def f17744(x):
    return x + 17744
def f17745(x):
    return x + 17745
def f17746(x):
    return x + 17746
def f17747(x):
    return x + 17747
def f17748(x):
    return x + 17748
def f17749(x):
    return x + 17749
def f17750(x):
    return x + 17750
def f17751(x):
    return x + 17751
def f17752(x):
    return x + 17752
def f17753(x):
    return x + 17753
def f17754(x):
    return x + 17754
def f17755(x):
    return x + 17755
def f17756(x):
    return x + 17756
def f17757(x):
    return x + 17757
def f17758(x):
    return x + 17758
def f17759(x):
    return x + 17759
def f17760(x):
    return x + 17760
def f17761(x):
    return x + 17761
def f17762(x):
    return x + 17762
def f17763(x):
    return x + 17763
def f17764(x):
    return x + 17764
def f17765(x):
    return x + 17765
def f17766(x):
    return x + 17766
def f17767(x):
    return x + 17767
def f17768(x):
    return x + 17768
def f17769(x):
    return x + 17769
def f17770(x):
    return x + 17770
def f17771(x):
    return x + 17771
def f17772(x):
    return x + 17772
def f17773(x):
    return x + 17773
def f17774(x):
    return x + 17774
def f17775(x):
    return x + 17775
def f17776(x):
    return x + 17776
def f17777(x):
    return x + 17777
def f17778(x):
    return x + 17778
def f17779(x):
    return x + 17779
def f17780(x):
    return x + 17780
def f17781(x):
    return x + 17781
def f17782(x):
    return x + 17782
def f17783(x):
    return x + 17783
def f17784(x):
    return x + 17784
def f17785(x):
    return x + 17785
def f17786(x):
    return x + 17786
def f17787(x):
    return x + 17787
def f17788(x):
    return x + 17788
def f17789(x):
    return x + 17789
def f17790(x):
    return x + 17790
def f17791(x):
    return x + 17791
def f17792(x):
    return x + 17792
def f17793(x):
    return x + 17793
def f17794(x):
    return x + 17794
def f17795(x):
    return x + 17795
def f17796(x):
    return x + 17796
def f17797(x):
    return x + 17797
def f17798(x):
    return x + 17798
def f17799(x):
    return x + 17799
def f17800(x):
    return x + 17800
def f17801(x):
    return x + 17801
def f17802(x):
    return x + 17802
def f17803(x):
    return x + 17803
def f17804(x):
    return x + 17804
def f17805(x):
    return x + 17805
def f17806(x):
    return x + 17806
def f17807(x):
    return x + 17807
def f17808(x):
    return x + 17808
def f17809(x):
    return x + 17809
def f17810(x):
    return x + 17810
def f17811(x):
    return x + 17811
def f17812(x):
    return x + 17812
def f17813(x):
    return x + 17813
def f17814(x):
    return x + 17814
def f17815(x):
    return x + 17815
def f17816(x):
    return x + 17816
def f17817(x):
    return x + 17817
def f17818(x):
    return x + 17818
def f17819(x):
    return x + 17819
def f17820(x):
    return x + 17820
def f17821(x):
    return x + 17821
def f17822(x):
    return x + 17822
def f17823(x):
    return x + 17823
def f17824(x):
    return x + 17824
def f17825(x):
    return x + 17825
def f17826(x):
    return x + 17826
def f17827(x):
    return x + 17827
def f17828(x):
    return x + 17828
def f17829(x):
    return x + 17829
def f17830(x):
    return x + 17830
def f17831(x):
    return x + 17831
def f17832(x):
    return x + 17832
def f17833(x):
    return x + 17833
def f17834(x):
    return x + 17834
def f17835(x):
    return x + 17835
def f17836(x):
    return x + 17836
def f17837(x):
    return x + 17837
def f17838(x):
    return x + 17838
def f17839(x):
    return x + 17839
def f17840(x):
    return x + 17840
def f17841(x):
    return x + 17841
def f17842(x):
    return x + 17842
def f17843(x):
    return x + 17843
def f17844(x):
    return x + 17844
def f17845(x):
    return x + 17845
def f17846(x):
    return x + 17846
def f17847(x):
    return x + 17847
def f17848(x):
    return x + 17848
def f17849(x):
    return x + 17849
def f17850(x):
    return x + 17850
def f17851(x):
    return x + 17851
def f17852(x):
    return x + 17852
def f17853(x):
    return x + 17853
def f17854(x):
    return x + 17854
def f17855(x):
    return x + 17855
def f17856(x):
    return x + 17856
def f17857(x):
    return x + 17857
def f17858(x):
    return x + 17858
def f17859(x):
    return x + 17859
def f17860(x):
    return x + 17860
def f17861(x):
    return x + 17861
def f17862(x):
    return x + 17862
def f17863(x):
    return x + 17863
def f17864(x):
    return x + 17864
def f17865(x):
    return x + 17865
def f17866(x):
    return x + 17866
def f17867(x):
    return x + 17867
def f17868(x):
    return x + 17868
def f17869(x):
    return x + 17869
def f17870(x):
    return x + 17870
def f17871(x):
    return x + 17871
def f17872(x):
    return x + 17872
def f17873(x):
    return x + 17873
def f17874(x):
    return x + 17874
def f17875(x):
    return x + 17875
def f17876(x):
    return x + 17876
def f17877(x):
    return x + 17877
def f17878(x):
    return x + 17878
def f17879(x):
    return x + 17879
def f17880(x):
    return x + 17880
def f17881(x):
    return x + 17881
def f17882(x):
    return x + 17882
def f17883(x):
    return x + 17883
def f17884(x):
    return x + 17884
def f17885(x):
    return x + 17885
def f17886(x):
    return x + 17886
def f17887(x):
    return x + 17887
def f17888(x):
    return x + 17888
def f17889(x):
    return x + 17889
def f17890(x):
    return x + 17890
def f17891(x):
    return x + 17891
def f17892(x):
    return x + 17892
def f17893(x):
    return x + 17893
def f17894(x):
    return x + 17894
def f17895(x):
    return x + 17895
def f17896(x):
    return x + 17896
def f17897(x):
    return x + 17897
def f17898(x):
    return x + 17898
def f17899(x):
    return x + 17899
def f17900(x):
    return x + 17900
def f17901(x):
    return x + 17901
def f17902(x):
    return x + 17902
def f17903(x):
    return x + 17903
def f17904(x):
    return x + 17904
def f17905(x):
    return x + 17905
def f17906(x):
    return x + 17906
def f17907(x):
    return x + 17907
def f17908(x):
    return x + 17908
def f17909(x):
    return x + 17909
def f17910(x):
    return x + 17910
def f17911(x):
    return x + 17911
def f17912(x):
    return x + 17912
def f17913(x):
    return x + 17913
def f17914(x):
    return x + 17914
def f17915(x):
    return x + 17915
def f17916(x):
    return x + 17916
def f17917(x):
    return x + 17917
def f17918(x):
    return x + 17918
def f17919(x):
    return x + 17919
def f17920(x):
    return x + 17920
def f17921(x):
    return x + 17921
def f17922(x):
    return x + 17922
def f17923(x):
    return x + 17923
def f17924(x):
    return x + 17924
def f17925(x):
    return x + 17925
def f17926(x):
    return x + 17926
def f17927(x):
    return x + 17927
def f17928(x):
    return x + 17928
def f17929(x):
    return x + 17929
def f17930(x):
    return x + 17930
def f17931(x):
    return x + 17931
def f17932(x):
    return x + 17932
def f17933(x):
    return x + 17933
def f17934(x):
    return x + 17934
def f17935(x):
    return x + 17935
def f17936(x):
    return x + 17936
def f17937(x):
    return x + 17937
def f17938(x):
    return x + 17938
def f17939(x):
    return x + 17939
def f17940(x):
    return x + 17940
def f17941(x):
    return x + 17941
def f17942(x):
    return x + 17942
def f17943(x):
    return x + 17943
def f17944(x):
    return x + 17944
def f17945(x):
    return x + 17945
def f17946(x):
    return x + 17946
def f17947(x):
    return x + 17947
def f17948(x):
    return x + 17948
def f17949(x):
    return x + 17949
def f17950(x):
    return x + 17950
def f17951(x):
    return x + 17951
def f17952(x):
    return x + 17952
def f17953(x):
    return x + 17953
def f17954(x):
    return x + 17954
def f17955(x):
    return x + 17955
def f17956(x):
    return x + 17956
def f17957(x):
    return x + 17957
def f17958(x):
    return x + 17958
def f17959(x):
    return x + 17959
def f17960(x):
    return x + 17960
def f17961(x):
    return x + 17961
def f17962(x):
    return x + 17962
def f17963(x):
    return x + 17963
def f17964(x):
    return x + 17964
def f17965(x):
    return x + 17965
def f17966(x):
    return x + 17966
def f17967(x):
    return x + 17967
def f17968(x):
    return x + 17968
def f17969(x):
    return x + 17969
def f17970(x):
    return x + 17970
def f17971(x):
    return x + 17971
def f17972(x):
    return x + 17972
def f17973(x):
    return x + 17973
def f17974(x):
    return x + 17974
def f17975(x):
    return x + 17975
def f17976(x):
    return x + 17976
def f17977(x):
    return x + 17977
def f17978(x):
    return x + 17978
def f17979(x):
    return x + 17979
def f17980(x):
    return x + 17980
def f17981(x):
    return x + 17981
def f17982(x):
    return x + 17982
def f17983(x):
    return x + 17983
def f17984(x):
    return x + 17984
def f17985(x):
    return x + 17985
def f17986(x):
    return x + 17986
def f17987(x):
    return x + 17987
def f17988(x):
    return x + 17988
def f17989(x):
    return x + 17989
def f17990(x):
    return x + 17990
def f17991(x):
    return x + 17991
def f17992(x):
    return x + 17992
def f17993(x):
    return x + 17993
def f17994(x):
    return x + 17994
def f17995(x):
    return x + 17995
def f17996(x):
    return x + 17996
def f17997(x):
    return x + 17997
def f17998(x):
    return x + 17998
def f17999(x):
    return x + 17999
def f18000(x):
    return x + 18000
def f18001(x):
    return x + 18001
def f18002(x):
    return x + 18002
def f18003(x):
    return x + 18003
def f18004(x):
    return x + 18004
def f18005(x):
    return x + 18005
def f18006(x):
    return x + 18006
def f18007(x):
    return x + 18007
def f18008(x):
    return x + 18008
def f18009(x):
    return x + 18009
def f18010(x):
    return x + 18010
def f18011(x):
    return x + 18011
def f18012(x):
    return x + 18012
def f18013(x):
    return x + 18013
def f18014(x):
    return x + 18014
def f18015(x):
    return x + 18015
def f18016(x):
    return x + 18016
def f18017(x):
    return x + 18017
def f18018(x):
    return x + 18018
def f18019(x):
    return x + 18019
def f18020(x):
    return x + 18020
def f18021(x):
    return x + 18021
def f18022(x):
    return x + 18022
def f18023(x):
    return x + 18023
def f18024(x):
    return x + 18024
def f18025(x):
    return x + 18025
def f18026(x):
    return x + 18026
def f18027(x):
    return x + 18027
def f18028(x):
    return x + 18028
def f18029(x):
    return x + 18029
def f18030(x):
    return x + 18030
def f18031(x):
    return x + 18031
def f18032(x):
    return x + 18032
def f18033(x):
    return x + 18033
def f18034(x):
    return x + 18034
def f18035(x):
    return x + 18035
def f18036(x):
    return x + 18036
def f18037(x):
    return x + 18037
def f18038(x):
    return x + 18038
def f18039(x):
    return x + 18039
def f18040(x):
    return x + 18040
def f18041(x):
    return x + 18041
def f18042(x):
    return x + 18042
def f18043(x):
    return x + 18043
def f18044(x):
    return x + 18044
def f18045(x):
    return x + 18045
def f18046(x):
    return x + 18046
def f18047(x):
    return x + 18047
def f18048(x):
    return x + 18048
def f18049(x):
    return x + 18049
def f18050(x):
    return x + 18050
def f18051(x):
    return x + 18051
def f18052(x):
    return x + 18052
def f18053(x):
    return x + 18053
def f18054(x):
    return x + 18054
def f18055(x):
    return x + 18055
def f18056(x):
    return x + 18056
def f18057(x):
    return x + 18057
def f18058(x):
    return x + 18058
def f18059(x):
    return x + 18059
def f18060(x):
    return x + 18060
def f18061(x):
    return x + 18061
def f18062(x):
    return x + 18062
def f18063(x):
    return x + 18063
def f18064(x):
    return x + 18064
def f18065(x):
    return x + 18065
def f18066(x):
    return x + 18066
def f18067(x):
    return x + 18067
def f18068(x):
    return x + 18068
def f18069(x):
    return x + 18069
def f18070(x):
    return x + 18070
def f18071(x):
    return x + 18071
def f18072(x):
    return x + 18072
def f18073(x):
    return x + 18073
def f18074(x):
    return x + 18074
def f18075(x):
    return x + 18075
def f18076(x):
    return x + 18076
def f18077(x):
    return x + 18077
def f18078(x):
    return x + 18078
def f18079(x):
    return x + 18079
def f18080(x):
    return x + 18080
def f18081(x):
    return x + 18081
def f18082(x):
    return x + 18082
def f18083(x):
    return x + 18083
def f18084(x):
    return x + 18084
def f18085(x):
    return x + 18085
def f18086(x):
    return x + 18086
def f18087(x):
    return x + 18087
def f18088(x):
    return x + 18088
def f18089(x):
    return x + 18089
def f18090(x):
    return x + 18090
def f18091(x):
    return x + 18091
def f18092(x):
    return x + 18092
def f18093(x):
    return x + 18093
def f18094(x):
    return x + 18094
def f18095(x):
    return x + 18095
def f18096(x):
    return x + 18096
def f18097(x):
    return x + 18097
def f18098(x):
    return x + 18098
def f18099(x):
    return x + 18099
def f18100(x):
    return x + 18100
def f18101(x):
    return x + 18101
def f18102(x):
    return x + 18102
def f18103(x):
    return x + 18103
def f18104(x):
    return x + 18104
def f18105(x):
    return x + 18105
def f18106(x):
    return x + 18106
def f18107(x):
    return x + 18107
def f18108(x):
    return x + 18108
def f18109(x):
    return x + 18109
def f18110(x):
    return x + 18110
def f18111(x):
    return x + 18111
def f18112(x):
    return x + 18112
def f18113(x):
    return x + 18113
def f18114(x):
    return x + 18114
def f18115(x):
    return x + 18115
def f18116(x):
    return x + 18116
def f18117(x):
    return x + 18117
def f18118(x):
    return x + 18118
def f18119(x):
    return x + 18119
def f18120(x):
    return x + 18120
def f18121(x):
    return x + 18121
def f18122(x):
    return x + 18122
def f18123(x):
    return x + 18123
def f18124(x):
    return x + 18124
def f18125(x):
    return x + 18125
def f18126(x):
    return x + 18126
def f18127(x):
    return x + 18127
def f18128(x):
    return x + 18128
def f18129(x):
    return x + 18129
def f18130(x):
    return x + 18130
def f18131(x):
    return x + 18131
def f18132(x):
    return x + 18132
def f18133(x):
    return x + 18133
def f18134(x):
    return x + 18134
def f18135(x):
    return x + 18135
def f18136(x):
    return x + 18136
def f18137(x):
    return x + 18137
def f18138(x):
    return x + 18138
def f18139(x):
    return x + 18139
def f18140(x):
    return x + 18140
def f18141(x):
    return x + 18141
def f18142(x):
    return x + 18142
def f18143(x):
    return x + 18143
def f18144(x):
    return x + 18144
def f18145(x):
    return x + 18145
def f18146(x):
    return x + 18146
def f18147(x):
    return x + 18147
def f18148(x):
    return x + 18148
def f18149(x):
    return x + 18149
def f18150(x):
    return x + 18150
def f18151(x):
    return x + 18151
def f18152(x):
    return x + 18152
def f18153(x):
    return x + 18153
def f18154(x):
    return x + 18154
def f18155(x):
    return x + 18155
def f18156(x):
    return x + 18156
def f18157(x):
    return x + 18157
def f18158(x):
    return x + 18158
def f18159(x):
    return x + 18159
def f18160(x):
    return x + 18160
def f18161(x):
    return x + 18161
def f18162(x):
    return x + 18162
def f18163(x):
    return x + 18163
def f18164(x):
    return x + 18164
def f18165(x):
    return x + 18165
def f18166(x):
    return x + 18166
def f18167(x):
    return x + 18167
def f18168(x):
    return x + 18168
def f18169(x):
    return x + 18169
def f18170(x):
    return x + 18170
def f18171(x):
    return x + 18171
def f18172(x):
    return x + 18172
def f18173(x):
    return x + 18173
def f18174(x):
    return x + 18174
def f18175(x):
    return x + 18175
def f18176(x):
    return x + 18176
def f18177(x):
    return x + 18177
def f18178(x):
    return x + 18178
def f18179(x):
    return x + 18179
def f18180(x):
    return x + 18180
def f18181(x):
    return x + 18181
def f18182(x):
    return x + 18182
def f18183(x):
    return x + 18183
def f18184(x):
    return x + 18184
def f18185(x):
    return x + 18185
def f18186(x):
    return x + 18186
def f18187(x):
    return x + 18187
def f18188(x):
    return x + 18188
def f18189(x):
    return x + 18189
def f18190(x):
    return x + 18190
def f18191(x):
    return x + 18191
def f18192(x):
    return x + 18192
def f18193(x):
    return x + 18193
def f18194(x):
    return x + 18194
def f18195(x):
    return x + 18195
def f18196(x):
    return x + 18196
def f18197(x):
    return x + 18197
def f18198(x):
    return x + 18198
def f18199(x):
    return x + 18199
def f18200(x):
    return x + 18200
def f18201(x):
    return x + 18201
def f18202(x):
    return x + 18202
def f18203(x):
    return x + 18203
def f18204(x):
    return x + 18204
def f18205(x):
    return x + 18205
def f18206(x):
    return x + 18206
def f18207(x):
    return x + 18207
def f18208(x):
    return x + 18208
def f18209(x):
    return x + 18209
def f18210(x):
    return x + 18210
def f18211(x):
    return x + 18211
def f18212(x):
    return x + 18212
def f18213(x):
    return x + 18213
def f18214(x):
    return x + 18214
def f18215(x):
    return x + 18215
def f18216(x):
    return x + 18216
def f18217(x):
    return x + 18217
def f18218(x):
    return x + 18218
def f18219(x):
    return x + 18219
def f18220(x):
    return x + 18220
def f18221(x):
    return x + 18221
def f18222(x):
    return x + 18222
def f18223(x):
    return x + 18223
def f18224(x):
    return x + 18224
def f18225(x):
    return x + 18225
def f18226(x):
    return x + 18226
def f18227(x):
    return x + 18227
def f18228(x):
    return x + 18228
def f18229(x):
    return x + 18229
def f18230(x):
    return x + 18230
def f18231(x):
    return x + 18231
def f18232(x):
    return x + 18232
def f18233(x):
    return x + 18233
def f18234(x):
    return x + 18234
def f18235(x):
    return x + 18235
def f18236(x):
    return x + 18236
def f18237(x):
    return x + 18237
def f18238(x):
    return x + 18238
def f18239(x):
    return x + 18239
def f18240(x):
    return x + 18240
def f18241(x):
    return x + 18241
def f18242(x):
    return x + 18242
def f18243(x):
    return x + 18243
def f18244(x):
    return x + 18244
def f18245(x):
    return x + 18245
def f18246(x):
    return x + 18246
def f18247(x):
    return x + 18247
def f18248(x):
    return x + 18248
def f18249(x):
    return x + 18249
def f18250(x):
    return x + 18250
def f18251(x):
    return x + 18251
def f18252(x):
    return x + 18252
def f18253(x):
    return x + 18253
def f18254(x):
    return x + 18254
def f18255(x):
    return x + 18255
def f18256(x):
    return x + 18256
def f18257(x):
    return x + 18257
def f18258(x):
    return x + 18258
def f18259(x):
    return x + 18259
def f18260(x):
    return x + 18260
def f18261(x):
    return x + 18261
def f18262(x):
    return x + 18262
def f18263(x):
    return x + 18263
def f18264(x):
    return x + 18264
def f18265(x):
    return x + 18265
def f18266(x):
    return x + 18266
def f18267(x):
    return x + 18267
def f18268(x):
    return x + 18268
def f18269(x):
    return x + 18269
def f18270(x):
    return x + 18270
def f18271(x):
    return x + 18271
def f18272(x):
    return x + 18272
def f18273(x):
    return x + 18273
def f18274(x):
    return x + 18274
def f18275(x):
    return x + 18275
def f18276(x):
    return x + 18276
def f18277(x):
    return x + 18277
def f18278(x):
    return x + 18278
def f18279(x):
    return x + 18279
def f18280(x):
    return x + 18280
def f18281(x):
    return x + 18281
def f18282(x):
    return x + 18282
def f18283(x):
    return x + 18283
def f18284(x):
    return x + 18284
def f18285(x):
    return x + 18285
def f18286(x):
    return x + 18286
def f18287(x):
    return x + 18287
def f18288(x):
    return x + 18288
def f18289(x):
    return x + 18289
def f18290(x):
    return x + 18290
def f18291(x):
    return x + 18291
def f18292(x):
    return x + 18292
def f18293(x):
    return x + 18293
def f18294(x):
    return x + 18294
def f18295(x):
    return x + 18295
def f18296(x):
    return x + 18296
def f18297(x):
    return x + 18297
def f18298(x):
    return x + 18298
def f18299(x):
    return x + 18299
def f18300(x):
    return x + 18300
def f18301(x):
    return x + 18301
def f18302(x):
    return x + 18302
def f18303(x):
    return x + 18303
def f18304(x):
    return x + 18304
def f18305(x):
    return x + 18305
def f18306(x):
    return x + 18306
def f18307(x):
    return x + 18307
def f18308(x):
    return x + 18308
def f18309(x):
    return x + 18309
def f18310(x):
    return x + 18310
def f18311(x):
    return x + 18311
def f18312(x):
    return x + 18312
def f18313(x):
    return x + 18313
def f18314(x):
    return x + 18314
def f18315(x):
    return x + 18315
def f18316(x):
    return x + 18316
def f18317(x):
    return x + 18317
def f18318(x):
    return x + 18318
def f18319(x):
    return x + 18319
def f18320(x):
    return x + 18320
def f18321(x):
    return x + 18321
def f18322(x):
    return x + 18322
def f18323(x):
    return x + 18323
def f18324(x):
    return x + 18324
def f18325(x):
    return x + 18325
def f18326(x):
    return x + 18326
def f18327(x):
    return x + 18327
def f18328(x):
    return x + 18328
def f18329(x):
    return x + 18329
def f18330(x):
    return x + 18330
def f18331(x):
    return x + 18331
def f18332(x):
    return x + 18332
def f18333(x):
    return x + 18333
def f18334(x):
    return x + 18334
def f18335(x):
    return x + 18335
def f18336(x):
    return x + 18336
def f18337(x):
    return x + 18337
def f18338(x):
    return x + 18338
def f18339(x):
    return x + 18339
def f18340(x):
    return x + 18340
def f18341(x):
    return x + 18341
def f18342(x):
    return x + 18342
def f18343(x):
    return x + 18343
def f18344(x):
    return x + 18344
def f18345(x):
    return x + 18345
def f18346(x):
    return x + 18346
def f18347(x):
    return x + 18347
def f18348(x):
    return x + 18348
def f18349(x):
    return x + 18349
def f18350(x):
    return x + 18350
def f18351(x):
    return x + 18351
def f18352(x):
    return x + 18352
def f18353(x):
    return x + 18353
def f18354(x):
    return x + 18354
def f18355(x):
    return x + 18355
def f18356(x):
    return x + 18356
def f18357(x):
    return x + 18357
def f18358(x):
    return x + 18358
def f18359(x):
    return x + 18359
def f18360(x):
    return x + 18360
def f18361(x):
    return x + 18361
def f18362(x):
    return x + 18362
def f18363(x):
    return x + 18363
def f18364(x):
    return x + 18364
def f18365(x):
    return x + 18365
def f18366(x):
    return x + 18366
def f18367(x):
    return x + 18367
def f18368(x):
    return x + 18368
def f18369(x):
    return x + 18369
def f18370(x):
    return x + 18370
def f18371(x):
    return x + 18371
def f18372(x):
    return x + 18372
def f18373(x):
    return x + 18373
def f18374(x):
    return x + 18374
def f18375(x):
    return x + 18375
def f18376(x):
    return x + 18376
def f18377(x):
    return x + 18377
def f18378(x):
    return x + 18378
def f18379(x):
    return x + 18379
def f18380(x):
    return x + 18380
def f18381(x):
    return x + 18381
def f18382(x):
    return x + 18382
def f18383(x):
    return x + 18383
def f18384(x):
    return x + 18384
def f18385(x):
    return x + 18385
def f18386(x):
    return x + 18386
def f18387(x):
    return x + 18387
def f18388(x):
    return x + 18388
def f18389(x):
    return x + 18389
def f18390(x):
    return x + 18390
def f18391(x):
    return x + 18391
def f18392(x):
    return x + 18392
def f18393(x):
    return x + 18393
def f18394(x):
    return x + 18394
def f18395(x):
    return x + 18395
def f18396(x):
    return x + 18396
def f18397(x):
    return x + 18397
def f18398(x):
    return x + 18398
def f18399(x):
    return x + 18399
def f18400(x):
    return x + 18400
def f18401(x):
    return x + 18401
def f18402(x):
    return x + 18402
def f18403(x):
    return x + 18403
def f18404(x):
    return x + 18404
def f18405(x):
    return x + 18405
def f18406(x):
    return x + 18406
def f18407(x):
    return x + 18407
def f18408(x):
    return x + 18408
def f18409(x):
    return x + 18409
def f18410(x):
    return x + 18410
def f18411(x):
    return x + 18411
def f18412(x):
    return x + 18412
def f18413(x):
    return x + 18413
def f18414(x):
    return x + 18414
def f18415(x):
    return x + 18415
def f18416(x):
    return x + 18416
def f18417(x):
    return x + 18417
def f18418(x):
    return x + 18418
def f18419(x):
    return x + 18419
def f18420(x):
    return x + 18420
def f18421(x):
    return x + 18421
def f18422(x):
    return x + 18422
def f18423(x):
    return x + 18423
def f18424(x):
    return x + 18424
def f18425(x):
    return x + 18425
def f18426(x):
    return x + 18426
def f18427(x):
    return x + 18427
def f18428(x):
    return x + 18428
def f18429(x):
    return x + 18429
def f18430(x):
    return x + 18430
def f18431(x):
    return x + 18431
def f18432(x):
    return x + 18432
def f18433(x):
    return x + 18433
def f18434(x):
    return x + 18434
def f18435(x):
    return x + 18435
def f18436(x):
    return x + 18436
def f18437(x):
    return x + 18437
def f18438(x):
    return x + 18438
def f18439(x):
    return x + 18439
def f18440(x):
    return x + 18440
def f18441(x):
    return x + 18441
def f18442(x):
    return x + 18442
def f18443(x):
    return x + 18443
def f18444(x):
    return x + 18444
def f18445(x):
    return x + 18445
def f18446(x):
    return x + 18446
def f18447(x):
    return x + 18447
def f18448(x):
    return x + 18448
def f18449(x):
    return x + 18449
def f18450(x):
    return x + 18450
def f18451(x):
    return x + 18451
def f18452(x):
    return x + 18452
def f18453(x):
    return x + 18453
def f18454(x):
    return x + 18454
def f18455(x):
    return x + 18455
def f18456(x):
    return x + 18456
def f18457(x):
    return x + 18457
def f18458(x):
    return x + 18458
def f18459(x):
    return x + 18459
def f18460(x):
    return x + 18460
def f18461(x):
    return x + 18461
def f18462(x):
    return x + 18462
def f18463(x):
    return x + 18463
def f18464(x):
    return x + 18464
def f18465(x):
    return x + 18465
def f18466(x):
    return x + 18466
def f18467(x):
    return x + 18467
def f18468(x):
    return x + 18468
def f18469(x):
    return x + 18469
def f18470(x):
    return x + 18470
def f18471(x):
    return x + 18471
def f18472(x):
    return x + 18472
def f18473(x):
    return x + 18473
def f18474(x):
    return x + 18474
def f18475(x):
    return x + 18475
def f18476(x):
    return x + 18476
def f18477(x):
    return x + 18477
def f18478(x):
    return x + 18478
def f18479(x):
    return x + 18479
def f18480(x):
    return x + 18480
def f18481(x):
    return x + 18481
def f18482(x):
    return x + 18482
def f18483(x):
    return x + 18483
def f18484(x):
    return x + 18484
def f18485(x):
    return x + 18485
def f18486(x):
    return x + 18486
def f18487(x):
    return x + 18487
def f18488(x):
    return x + 18488
def f18489(x):
    return x + 18489
def f18490(x):
    return x + 18490
def f18491(x):
    return x + 18491
def f18492(x):
    return x + 18492
def f18493(x):
    return x + 18493
def f18494(x):
    return x + 18494
def f18495(x):
    return x + 18495
def f18496(x):
    return x + 18496
def f18497(x):
    return x + 18497
def f18498(x):
    return x + 18498
def f18499(x):
    return x + 18499
def f18500(x):
    return x + 18500
def f18501(x):
    return x + 18501
def f18502(x):
    return x + 18502
def f18503(x):
    return x + 18503
def f18504(x):
    return x + 18504
def f18505(x):
    return x + 18505
def f18506(x):
    return x + 18506
def f18507(x):
    return x + 18507
def f18508(x):
    return x + 18508
def f18509(x):
    return x + 18509
def f18510(x):
    return x + 18510
def f18511(x):
    return x + 18511
def f18512(x):
    return x + 18512
def f18513(x):
    return x + 18513
def f18514(x):
    return x + 18514
def f18515(x):
    return x + 18515
def f18516(x):
    return x + 18516
def f18517(x):
    return x + 18517
def f18518(x):
    return x + 18518
def f18519(x):
    return x + 18519
def f18520(x):
    return x + 18520
def f18521(x):
    return x + 18521
def f18522(x):
    return x + 18522
def f18523(x):
    return x + 18523
def f18524(x):
    return x + 18524
def f18525(x):
    return x + 18525
def f18526(x):
    return x + 18526
def f18527(x):
    return x + 18527
def f18528(x):
    return x + 18528
def f18529(x):
    return x + 18529
def f18530(x):
    return x + 18530
def f18531(x):
    return x + 18531
def f18532(x):
    return x + 18532
def f18533(x):
    return x + 18533
def f18534(x):
    return x + 18534
def f18535(x):
    return x + 18535
def f18536(x):
    return x + 18536
def f18537(x):
    return x + 18537
def f18538(x):
    return x + 18538
def f18539(x):
    return x + 18539
def f18540(x):
    return x + 18540
def f18541(x):
    return x + 18541
def f18542(x):
    return x + 18542
def f18543(x):
    return x + 18543
def f18544(x):
    return x + 18544
def f18545(x):
    return x + 18545
def f18546(x):
    return x + 18546
def f18547(x):
    return x + 18547
def f18548(x):
    return x + 18548
def f18549(x):
    return x + 18549
def f18550(x):
    return x + 18550
def f18551(x):
    return x + 18551
def f18552(x):
    return x + 18552
def f18553(x):
    return x + 18553
def f18554(x):
    return x + 18554
def f18555(x):
    return x + 18555
def f18556(x):
    return x + 18556
def f18557(x):
    return x + 18557
def f18558(x):
    return x + 18558
def f18559(x):
    return x + 18559
def f18560(x):
    return x + 18560
def f18561(x):
    return x + 18561
def f18562(x):
    return x + 18562
def f18563(x):
    return x + 18563
def f18564(x):
    return x + 18564
def f18565(x):
    return x + 18565
def f18566(x):
    return x + 18566
def f18567(x):
    return x + 18567
def f18568(x):
    return x + 18568
def f18569(x):
    return x + 18569
def f18570(x):
    return x + 18570
def f18571(x):
    return x + 18571
def f18572(x):
    return x + 18572
def f18573(x):
    return x + 18573
def f18574(x):
    return x + 18574
def f18575(x):
    return x + 18575
def f18576(x):
    return x + 18576
def f18577(x):
    return x + 18577
def f18578(x):
    return x + 18578
def f18579(x):
    return x + 18579
def f18580(x):
    return x + 18580
def f18581(x):
    return x + 18581
def f18582(x):
    return x + 18582
def f18583(x):
    return x + 18583
def f18584(x):
    return x + 18584
def f18585(x):
    return x + 18585
def f18586(x):
    return x + 18586
def f18587(x):
    return x + 18587
def f18588(x):
    return x + 18588
def f18589(x):
    return x + 18589
def f18590(x):
    return x + 18590
def f18591(x):
    return x + 18591
def f18592(x):
    return x + 18592
def f18593(x):
    return x + 18593
def f18594(x):
    return x + 18594
def f18595(x):
    return x + 18595
def f18596(x):
    return x + 18596
def f18597(x):
    return x + 18597
def f18598(x):
    return x + 18598
def f18599(x):
    return x + 18599
def f18600(x):
    return x + 18600
def f18601(x):
    return x + 18601
def f18602(x):
    return x + 18602
def f18603(x):
    return x + 18603
def f18604(x):
    return x + 18604
def f18605(x):
    return x + 18605
def f18606(x):
    return x + 18606
def f18607(x):
    return x + 18607
def f18608(x):
    return x + 18608
def f18609(x):
    return x + 18609
def f18610(x):
    return x + 18610
def f18611(x):
    return x + 18611
def f18612(x):
    return x + 18612
def f18613(x):
    return x + 18613
def f18614(x):
    return x + 18614
def f18615(x):
    return x + 18615
def f18616(x):
    return x + 18616
def f18617(x):
    return x + 18617
def f18618(x):
    return x + 18618
def f18619(x):
    return x + 18619
def f18620(x):
    return x + 18620
def f18621(x):
    return x + 18621
def f18622(x):
    return x + 18622
def f18623(x):
    return x + 18623
def f18624(x):
    return x + 18624
def f18625(x):
    return x + 18625
def f18626(x):
    return x + 18626
def f18627(x):
    return x + 18627
def f18628(x):
    return x + 18628
def f18629(x):
    return x + 18629
def f18630(x):
    return x + 18630
def f18631(x):
    return x + 18631
def f18632(x):
    return x + 18632
def f18633(x):
    return x + 18633
def f18634(x):
    return x + 18634
def f18635(x):
    return x + 18635
def f18636(x):
    return x + 18636
def f18637(x):
    return x + 18637
def f18638(x):
    return x + 18638
def f18639(x):
    return x + 18639
def f18640(x):
    return x + 18640
def f18641(x):
    return x + 18641
def f18642(x):
    return x + 18642
def f18643(x):
    return x + 18643
def f18644(x):
    return x + 18644
def f18645(x):
    return x + 18645
def f18646(x):
    return x + 18646
def f18647(x):
    return x + 18647
def f18648(x):
    return x + 18648
def f18649(x):
    return x + 18649
def f18650(x):
    return x + 18650
def f18651(x):
    return x + 18651
def f18652(x):
    return x + 18652
def f18653(x):
    return x + 18653
def f18654(x):
    return x + 18654
def f18655(x):
    return x + 18655
def f18656(x):
    return x + 18656
def f18657(x):
    return x + 18657
def f18658(x):
    return x + 18658
def f18659(x):
    return x + 18659
def f18660(x):
    return x + 18660
def f18661(x):
    return x + 18661
def f18662(x):
    return x + 18662
def f18663(x):
    return x + 18663
def f18664(x):
    return x + 18664
def f18665(x):
    return x + 18665
def f18666(x):
    return x + 18666
def f18667(x):
    return x + 18667
def f18668(x):
    return x + 18668
def f18669(x):
    return x + 18669
def f18670(x):
    return x + 18670
def f18671(x):
    return x + 18671
def f18672(x):
    return x + 18672
def f18673(x):
    return x + 18673
def f18674(x):
    return x + 18674
def f18675(x):
    return x + 18675
def f18676(x):
    return x + 18676
def f18677(x):
    return x + 18677
def f18678(x):
    return x + 18678
def f18679(x):
    return x + 18679
def f18680(x):
    return x + 18680
def f18681(x):
    return x + 18681
def f18682(x):
    return x + 18682
def f18683(x):
    return x + 18683
def f18684(x):
    return x + 18684
def f18685(x):
    return x + 18685
def f18686(x):
    return x + 18686
def f18687(x):
    return x + 18687
def f18688(x):
    return x + 18688
def f18689(x):
    return x + 18689
def f18690(x):
    return x + 18690
def f18691(x):
    return x + 18691
def f18692(x):
    return x + 18692
def f18693(x):
    return x + 18693
def f18694(x):
    return x + 18694
def f18695(x):
    return x + 18695
def f18696(x):
    return x + 18696
def f18697(x):
    return x + 18697
def f18698(x):
    return x + 18698
def f18699(x):
    return x + 18699
def f18700(x):
    return x + 18700
def f18701(x):
    return x + 18701
def f18702(x):
    return x + 18702
def f18703(x):
    return x + 18703
def f18704(x):
    return x + 18704
def f18705(x):
    return x + 18705
def f18706(x):
    return x + 18706
def f18707(x):
    return x + 18707
def f18708(x):
    return x + 18708
def f18709(x):
    return x + 18709
def f18710(x):
    return x + 18710
def f18711(x):
    return x + 18711
def f18712(x):
    return x + 18712
def f18713(x):
    return x + 18713
def f18714(x):
    return x + 18714
def f18715(x):
    return x + 18715
def f18716(x):
    return x + 18716
def f18717(x):
    return x + 18717
def f18718(x):
    return x + 18718
def f18719(x):
    return x + 18719
def f18720(x):
    return x + 18720
def f18721(x):
    return x + 18721
def f18722(x):
    return x + 18722
def f18723(x):
    return x + 18723
def f18724(x):
    return x + 18724
def f18725(x):
    return x + 18725
def f18726(x):
    return x + 18726
def f18727(x):
    return x + 18727
def f18728(x):
    return x + 18728
def f18729(x):
    return x + 18729
def f18730(x):
    return x + 18730
def f18731(x):
    return x + 18731
def f18732(x):
    return x + 18732
def f18733(x):
    return x + 18733
def f18734(x):
    return x + 18734
def f18735(x):
    return x + 18735
def f18736(x):
    return x + 18736
def f18737(x):
    return x + 18737
def f18738(x):
    return x + 18738
def f18739(x):
    return x + 18739
def f18740(x):
    return x + 18740
def f18741(x):
    return x + 18741
def f18742(x):
    return x + 18742
def f18743(x):
    return x + 18743
def f18744(x):
    return x + 18744
def f18745(x):
    return x + 18745
def f18746(x):
    return x + 18746
def f18747(x):
    return x + 18747
def f18748(x):
    return x + 18748
def f18749(x):
    return x + 18749
def f18750(x):
    return x + 18750
def f18751(x):
    return x + 18751
def f18752(x):
    return x + 18752
def f18753(x):
    return x + 18753
def f18754(x):
    return x + 18754
def f18755(x):
    return x + 18755
def f18756(x):
    return x + 18756
def f18757(x):
    return x + 18757
def f18758(x):
    return x + 18758
def f18759(x):
    return x + 18759
def f18760(x):
    return x + 18760
def f18761(x):
    return x + 18761
def f18762(x):
    return x + 18762
def f18763(x):
    return x + 18763
def f18764(x):
    return x + 18764
def f18765(x):
    return x + 18765
def f18766(x):
    return x + 18766
def f18767(x):
    return x + 18767
def f18768(x):
    return x + 18768
def f18769(x):
    return x + 18769
def f18770(x):
    return x + 18770
def f18771(x):
    return x + 18771
def f18772(x):
    return x + 18772
def f18773(x):
    return x + 18773
def f18774(x):
    return x + 18774
def f18775(x):
    return x + 18775
def f18776(x):
    return x + 18776
def f18777(x):
    return x + 18777
def f18778(x):
    return x + 18778
def f18779(x):
    return x + 18779
def f18780(x):
    return x + 18780
def f18781(x):
    return x + 18781
def f18782(x):
    return x + 18782
def f18783(x):
    return x + 18783
def f18784(x):
    return x + 18784
def f18785(x):
    return x + 18785
def f18786(x):
    return x + 18786
def f18787(x):
    return x + 18787
def f18788(x):
    return x + 18788
def f18789(x):
    return x + 18789
def f18790(x):
    return x + 18790
def f18791(x):
    return x + 18791
def f18792(x):
    return x + 18792
def f18793(x):
    return x + 18793
def f18794(x):
    return x + 18794
def f18795(x):
    return x + 18795
def f18796(x):
    return x + 18796
def f18797(x):
    return x + 18797
def f18798(x):
    return x + 18798
def f18799(x):
    return x + 18799
def f18800(x):
    return x + 18800
def f18801(x):
    return x + 18801
def f18802(x):
    return x + 18802
def f18803(x):
    return x + 18803
def f18804(x):
    return x + 18804
def f18805(x):
    return x + 18805
def f18806(x):
    return x + 18806
def f18807(x):
    return x + 18807
def f18808(x):
    return x + 18808
def f18809(x):
    return x + 18809
def f18810(x):
    return x + 18810
def f18811(x):
    return x + 18811
def f18812(x):
    return x + 18812
def f18813(x):
    return x + 18813
def f18814(x):
    return x + 18814
def f18815(x):
    return x + 18815
def f18816(x):
    return x + 18816
def f18817(x):
    return x + 18817
def f18818(x):
    return x + 18818
def f18819(x):
    return x + 18819
def f18820(x):
    return x + 18820
def f18821(x):
    return x + 18821
def f18822(x):
    return x + 18822
def f18823(x):
    return x + 18823
def f18824(x):
    return x + 18824
def f18825(x):
    return x + 18825
def f18826(x):
    return x + 18826
def f18827(x):
    return x + 18827
def f18828(x):
    return x + 18828
def f18829(x):
    return x + 18829
def f18830(x):
    return x + 18830
def f18831(x):
    return x + 18831
def f18832(x):
    return x + 18832
def f18833(x):
    return x + 18833
def f18834(x):
    return x + 18834
def f18835(x):
    return x + 18835
def f18836(x):
    return x + 18836
def f18837(x):
    return x + 18837
def f18838(x):
    return x + 18838
def f18839(x):
    return x + 18839
def f18840(x):
    return x + 18840
def f18841(x):
    return x + 18841
def f18842(x):
    return x + 18842
def f18843(x):
    return x + 18843
def f18844(x):
    return x + 18844
def f18845(x):
    return x + 18845
def f18846(x):
    return x + 18846
def f18847(x):
    return x + 18847
def f18848(x):
    return x + 18848
def f18849(x):
    return x + 18849
def f18850(x):
    return x + 18850
def f18851(x):
    return x + 18851
def f18852(x):
    return x + 18852
def f18853(x):
    return x + 18853
def f18854(x):
    return x + 18854
def f18855(x):
    return x + 18855
def f18856(x):
    return x + 18856
def f18857(x):
    return x + 18857
def f18858(x):
    return x + 18858
def f18859(x):
    return x + 18859
def f18860(x):
    return x + 18860
def f18861(x):
    return x + 18861
def f18862(x):
    return x + 18862
def f18863(x):
    return x + 18863
def f18864(x):
    return x + 18864
def f18865(x):
    return x + 18865
def f18866(x):
    return x + 18866
def f18867(x):
    return x + 18867
def f18868(x):
    return x + 18868
def f18869(x):
    return x + 18869
def f18870(x):
    return x + 18870
def f18871(x):
    return x + 18871
def f18872(x):
    return x + 18872
def f18873(x):
    return x + 18873
def f18874(x):
    return x + 18874
def f18875(x):
    return x + 18875
def f18876(x):
    return x + 18876
def f18877(x):
    return x + 18877
def f18878(x):
    return x + 18878
def f18879(x):
    return x + 18879
def f18880(x):
    return x + 18880
def f18881(x):
    return x + 18881
def f18882(x):
    return x + 18882
def f18883(x):
    return x + 18883
def f18884(x):
    return x + 18884
def f18885(x):
    return x + 18885
def f18886(x):
    return x + 18886
def f18887(x):
    return x + 18887
def f18888(x):
    return x + 18888
def f18889(x):
    return x + 18889
def f18890(x):
    return x + 18890
def f18891(x):
    return x + 18891
def f18892(x):
    return x + 18892
def f18893(x):
    return x + 18893
def f18894(x):
    return x + 18894
def f18895(x):
    return x + 18895
def f18896(x):
    return x + 18896
def f18897(x):
    return x + 18897
def f18898(x):
    return x + 18898
def f18899(x):
    return x + 18899
def f18900(x):
    return x + 18900
def f18901(x):
    return x + 18901
def f18902(x):
    return x + 18902
def f18903(x):
    return x + 18903
def f18904(x):
    return x + 18904
def f18905(x):
    return x + 18905
def f18906(x):
    return x + 18906
def f18907(x):
    return x + 18907
def f18908(x):
    return x + 18908
def f18909(x):
    return x + 18909
def f18910(x):
    return x + 18910
def f18911(x):
    return x + 18911
def f18912(x):
    return x + 18912
def f18913(x):
    return x + 18913
def f18914(x):
    return x + 18914
def f18915(x):
    return x + 18915
def f18916(x):
    return x + 18916
def f18917(x):
    return x + 18917
def f18918(x):
    return x + 18918
def f18919(x):
    return x + 18919
def f18920(x):
    return x + 18920
def f18921(x):
    return x + 18921
def f18922(x):
    return x + 18922
def f18923(x):
    return x + 18923
def f18924(x):
    return x + 18924
def f18925(x):
    return x + 18925
def f18926(x):
    return x + 18926
def f18927(x):
    return x + 18927
def f18928(x):
    return x + 18928
def f18929(x):
    return x + 18929
def f18930(x):
    return x + 18930
def f18931(x):
    return x + 18931
def f18932(x):
    return x + 18932
def f18933(x):
    return x + 18933
def f18934(x):
    return x + 18934
def f18935(x):
    return x + 18935
def f18936(x):
    return x + 18936
def f18937(x):
    return x + 18937
def f18938(x):
    return x + 18938
def f18939(x):
    return x + 18939
def f18940(x):
    return x + 18940
def f18941(x):
    return x + 18941
def f18942(x):
    return x + 18942
def f18943(x):
    return x + 18943
def f18944(x):
    return x + 18944
def f18945(x):
    return x + 18945
def f18946(x):
    return x + 18946
def f18947(x):
    return x + 18947
def f18948(x):
    return x + 18948
def f18949(x):
    return x + 18949
def f18950(x):
    return x + 18950
def f18951(x):
    return x + 18951
def f18952(x):
    return x + 18952
def f18953(x):
    return x + 18953
def f18954(x):
    return x + 18954
def f18955(x):
    return x + 18955
def f18956(x):
    return x + 18956
def f18957(x):
    return x + 18957
def f18958(x):
    return x + 18958
def f18959(x):
    return x + 18959
def f18960(x):
    return x + 18960
def f18961(x):
    return x + 18961
def f18962(x):
    return x + 18962
def f18963(x):
    return x + 18963
def f18964(x):
    return x + 18964
def f18965(x):
    return x + 18965
def f18966(x):
    return x + 18966
def f18967(x):
    return x + 18967
def f18968(x):
    return x + 18968
def f18969(x):
    return x + 18969
def f18970(x):
    return x + 18970
def f18971(x):
    return x + 18971
def f18972(x):
    return x + 18972
def f18973(x):
    return x + 18973
def f18974(x):
    return x + 18974
def f18975(x):
    return x + 18975
def f18976(x):
    return x + 18976
def f18977(x):
    return x + 18977
def f18978(x):
    return x + 18978
def f18979(x):
    return x + 18979
def f18980(x):
    return x + 18980
def f18981(x):
    return x + 18981
def f18982(x):
    return x + 18982
def f18983(x):
    return x + 18983
def f18984(x):
    return x + 18984
def f18985(x):
    return x + 18985
def f18986(x):
    return x + 18986
def f18987(x):
    return x + 18987
def f18988(x):
    return x + 18988
def f18989(x):
    return x + 18989
def f18990(x):
    return x + 18990
def f18991(x):
    return x + 18991
def f18992(x):
    return x + 18992
def f18993(x):
    return x + 18993
def f18994(x):
    return x + 18994
def f18995(x):
    return x + 18995
def f18996(x):
    return x + 18996
def f18997(x):
    return x + 18997
def f18998(x):
    return x + 18998
def f18999(x):
    return x + 18999
def f19000(x):
    return x + 19000
def f19001(x):
    return x + 19001
def f19002(x):
    return x + 19002
def f19003(x):
    return x + 19003
def f19004(x):
    return x + 19004
def f19005(x):
    return x + 19005
def f19006(x):
    return x + 19006
def f19007(x):
    return x + 19007
def f19008(x):
    return x + 19008
def f19009(x):
    return x + 19009
def f19010(x):
    return x + 19010
def f19011(x):
    return x + 19011
def f19012(x):
    return x + 19012
def f19013(x):
    return x + 19013
def f19014(x):
    return x + 19014
def f19015(x):
    return x + 19015
def f19016(x):
    return x + 19016
def f19017(x):
    return x + 19017
def f19018(x):
    return x + 19018
def f19019(x):
    return x + 19019
def f19020(x):
    return x + 19020
def f19021(x):
    return x + 19021
def f19022(x):
    return x + 19022
def f19023(x):
    return x + 19023
def f19024(x):
    return x + 19024
def f19025(x):
    return x + 19025
def f19026(x):
    return x + 19026
def f19027(x):
    return x + 19027
def f19028(x):
    return x + 19028
def f19029(x):
    return x + 19029
def f19030(x):
    return x + 19030
def f19031(x):
    return x + 19031
def f19032(x):
    return x + 19032
def f19033(x):
    return x + 19033
def f19034(x):
    return x + 19034
def f19035(x):
    return x + 19035
def f19036(x):
    return x + 19036
def f19037(x):
    return x + 19037
def f19038(x):
    return x + 19038
def f19039(x):
    return x + 19039
def f19040(x):
    return x + 19040
def f19041(x):
    return x + 19041
def f19042(x):
    return x + 19042
def f19043(x):
    return x + 19043
def f19044(x):
    return x + 19044
def f19045(x):
    return x + 19045
def f19046(x):
    return x + 19046
def f19047(x):
    return x + 19047
def f19048(x):
    return x + 19048
def f19049(x):
    return x + 19049
def f19050(x):
    return x + 19050
def f19051(x):
    return x + 19051
def f19052(x):
    return x + 19052
def f19053(x):
    return x + 19053
def f19054(x):
    return x + 19054
def f19055(x):
    return x + 19055
def f19056(x):
    return x + 19056
def f19057(x):
    return x + 19057
def f19058(x):
    return x + 19058
def f19059(x):
    return x + 19059
def f19060(x):
    return x + 19060
def f19061(x):
    return x + 19061
def f19062(x):
    return x + 19062
def f19063(x):
    return x + 19063
def f19064(x):
    return x + 19064
def f19065(x):
    return x + 19065
def f19066(x):
    return x + 19066
def f19067(x):
    return x + 19067
def f19068(x):
    return x + 19068
def f19069(x):
    return x + 19069
def f19070(x):
    return x + 19070
def f19071(x):
    return x + 19071
def f19072(x):
    return x + 19072
def f19073(x):
    return x + 19073
def f19074(x):
    return x + 19074
def f19075(x):
    return x + 19075
def f19076(x):
    return x + 19076
def f19077(x):
    return x + 19077
def f19078(x):
    return x + 19078
def f19079(x):
    return x + 19079
def f19080(x):
    return x + 19080
def f19081(x):
    return x + 19081
def f19082(x):
    return x + 19082
def f19083(x):
    return x + 19083
def f19084(x):
    return x + 19084
def f19085(x):
    return x + 19085
def f19086(x):
    return x + 19086
def f19087(x):
    return x + 19087
def f19088(x):
    return x + 19088
def f19089(x):
    return x + 19089
def f19090(x):
    return x + 19090
def f19091(x):
    return x + 19091
def f19092(x):
    return x + 19092
def f19093(x):
    return x + 19093
def f19094(x):
    return x + 19094
def f19095(x):
    return x + 19095
def f19096(x):
    return x + 19096
def f19097(x):
    return x + 19097
def f19098(x):
    return x + 19098
def f19099(x):
    return x + 19099
def f19100(x):
    return x + 19100
def f19101(x):
    return x + 19101
def f19102(x):
    return x + 19102
def f19103(x):
    return x + 19103
def f19104(x):
    return x + 19104
def f19105(x):
    return x + 19105
def f19106(x):
    return x + 19106
def f19107(x):
    return x + 19107
def f19108(x):
    return x + 19108
def f19109(x):
    return x + 19109
def f19110(x):
    return x + 19110
def f19111(x):
    return x + 19111
def f19112(x):
    return x + 19112
def f19113(x):
    return x + 19113
def f19114(x):
    return x + 19114
def f19115(x):
    return x + 19115
def f19116(x):
    return x + 19116
def f19117(x):
    return x + 19117
def f19118(x):
    return x + 19118
def f19119(x):
    return x + 19119
def f19120(x):
    return x + 19120
def f19121(x):
    return x + 19121
def f19122(x):
    return x + 19122
def f19123(x):
    return x + 19123
def f19124(x):
    return x + 19124
def f19125(x):
    return x + 19125
def f19126(x):
    return x + 19126
def f19127(x):
    return x + 19127
def f19128(x):
    return x + 19128
def f19129(x):
    return x + 19129
def f19130(x):
    return x + 19130
def f19131(x):
    return x + 19131
def f19132(x):
    return x + 19132
def f19133(x):
    return x + 19133
def f19134(x):
    return x + 19134
def f19135(x):
    return x + 19135
def f19136(x):
    return x + 19136
def f19137(x):
    return x + 19137
def f19138(x):
    return x + 19138
def f19139(x):
    return x + 19139
def f19140(x):
    return x + 19140
def f19141(x):
    return x + 19141
def f19142(x):
    return x + 19142
def f19143(x):
    return x + 19143
def f19144(x):
    return x + 19144
def f19145(x):
    return x + 19145
def f19146(x):
    return x + 19146
def f19147(x):
    return x + 19147
def f19148(x):
    return x + 19148
def f19149(x):
    return x + 19149
def f19150(x):
    return x + 19150
def f19151(x):
    return x + 19151
def f19152(x):
    return x + 19152
def f19153(x):
    return x + 19153
def f19154(x):
    return x + 19154
def f19155(x):
    return x + 19155
def f19156(x):
    return x + 19156
def f19157(x):
    return x + 19157
def f19158(x):
    return x + 19158
def f19159(x):
    return x + 19159
def f19160(x):
    return x + 19160
def f19161(x):
    return x + 19161
def f19162(x):
    return x + 19162
def f19163(x):
    return x + 19163
def f19164(x):
    return x + 19164
def f19165(x):
    return x + 19165
def f19166(x):
    return x + 19166
def f19167(x):
    return x + 19167
def f19168(x):
    return x + 19168
def f19169(x):
    return x + 19169
def f19170(x):
    return x + 19170
def f19171(x):
    return x + 19171
def f19172(x):
    return x + 19172
def f19173(x):
    return x + 19173
def f19174(x):
    return x + 19174
def f19175(x):
    return x + 19175
def f19176(x):
    return x + 19176
def f19177(x):
    return x + 19177
def f19178(x):
    return x + 19178
def f19179(x):
    return x + 19179
def f19180(x):
    return x + 19180
def f19181(x):
    return x + 19181
def f19182(x):
    return x + 19182
def f19183(x):
    return x + 19183
def f19184(x):
    return x + 19184
def f19185(x):
    return x + 19185
def f19186(x):
    return x + 19186
def f19187(x):
    return x + 19187
def f19188(x):
    return x + 19188
def f19189(x):
    return x + 19189
def f19190(x):
    return x + 19190
def f19191(x):
    return x + 19191
def f19192(x):
    return x + 19192
def f19193(x):
    return x + 19193
def f19194(x):
    return x + 19194
def f19195(x):
    return x + 19195
def f19196(x):
    return x + 19196
def f19197(x):
    return x + 19197
def f19198(x):
    return x + 19198
def f19199(x):
    return x + 19199
def f19200(x):
    return x + 19200
def f19201(x):
    return x + 19201
def f19202(x):
    return x + 19202
def f19203(x):
    return x + 19203
def f19204(x):
    return x + 19204
def f19205(x):
    return x + 19205
def f19206(x):
    return x + 19206
def f19207(x):
    return x + 19207
def f19208(x):
    return x + 19208
def f19209(x):
    return x + 19209
def f19210(x):
    return x + 19210
def f19211(x):
    return x + 19211
def f19212(x):
    return x + 19212
def f19213(x):
    return x + 19213
def f19214(x):
    return x + 19214
def f19215(x):
    return x + 19215
def f19216(x):
    return x + 19216
def f19217(x):
    return x + 19217
def f19218(x):
    return x + 19218
def f19219(x):
    return x + 19219
def f19220(x):
    return x + 19220
def f19221(x):
    return x + 19221
def f19222(x):
    return x + 19222
def f19223(x):
    return x + 19223
def f19224(x):
    return x + 19224
def f19225(x):
    return x + 19225
def f19226(x):
    return x + 19226
def f19227(x):
    return x + 19227
def f19228(x):
    return x + 19228
def f19229(x):
    return x + 19229
def f19230(x):
    return x + 19230
def f19231(x):
    return x + 19231
def f19232(x):
    return x + 19232
def f19233(x):
    return x + 19233
def f19234(x):
    return x + 19234
def f19235(x):
    return x + 19235
def f19236(x):
    return x + 19236
def f19237(x):
    return x + 19237
def f19238(x):
    return x + 19238
def f19239(x):
    return x + 19239
def f19240(x):
    return x + 19240
def f19241(x):
    return x + 19241
def f19242(x):
    return x + 19242
def f19243(x):
    return x + 19243
def f19244(x):
    return x + 19244
def f19245(x):
    return x + 19245
def f19246(x):
    return x + 19246
def f19247(x):
    return x + 19247
def f19248(x):
    return x + 19248
def f19249(x):
    return x + 19249
def f19250(x):
    return x + 19250
def f19251(x):
    return x + 19251
def f19252(x):
    return x + 19252
def f19253(x):
    return x + 19253
def f19254(x):
    return x + 19254
def f19255(x):
    return x + 19255
def f19256(x):
    return x + 19256
def f19257(x):
    return x + 19257
def f19258(x):
    return x + 19258
def f19259(x):
    return x + 19259
def f19260(x):
    return x + 19260
def f19261(x):
    return x + 19261
def f19262(x):
    return x + 19262
def f19263(x):
    return x + 19263
def f19264(x):
    return x + 19264
def f19265(x):
    return x + 19265
def f19266(x):
    return x + 19266
def f19267(x):
    return x + 19267
def f19268(x):
    return x + 19268
def f19269(x):
    return x + 19269
def f19270(x):
    return x + 19270
def f19271(x):
    return x + 19271
def f19272(x):
    return x + 19272
def f19273(x):
    return x + 19273
def f19274(x):
    return x + 19274
def f19275(x):
    return x + 19275
def f19276(x):
    return x + 19276
def f19277(x):
    return x + 19277
def f19278(x):
    return x + 19278
def f19279(x):
    return x + 19279
def f19280(x):
    return x + 19280
def f19281(x):
    return x + 19281
def f19282(x):
    return x + 19282
def f19283(x):
    return x + 19283
def f19284(x):
    return x + 19284
def f19285(x):
    return x + 19285
def f19286(x):
    return x + 19286
def f19287(x):
    return x + 19287
def f19288(x):
    return x + 19288
def f19289(x):
    return x + 19289
def f19290(x):
    return x + 19290
def f19291(x):
    return x + 19291
def f19292(x):
    return x + 19292
def f19293(x):
    return x + 19293
def f19294(x):
    return x + 19294
def f19295(x):
    return x + 19295
def f19296(x):
    return x + 19296
def f19297(x):
    return x + 19297
def f19298(x):
    return x + 19298
def f19299(x):
    return x + 19299
def f19300(x):
    return x + 19300
def f19301(x):
    return x + 19301
def f19302(x):
    return x + 19302
def f19303(x):
    return x + 19303
def f19304(x):
    return x + 19304
def f19305(x):
    return x + 19305
def f19306(x):
    return x + 19306
def f19307(x):
    return x + 19307
def f19308(x):
    return x + 19308
def f19309(x):
    return x + 19309
def f19310(x):
    return x + 19310
def f19311(x):
    return x + 19311
def f19312(x):
    return x + 19312
def f19313(x):
    return x + 19313
def f19314(x):
    return x + 19314
def f19315(x):
    return x + 19315
def f19316(x):
    return x + 19316
def f19317(x):
    return x + 19317
def f19318(x):
    return x + 19318
def f19319(x):
    return x + 19319
def f19320(x):
    return x + 19320
def f19321(x):
    return x + 19321
def f19322(x):
    return x + 19322
def f19323(x):
    return x + 19323
def f19324(x):
    return x + 19324
def f19325(x):
    return x + 19325
def f19326(x):
    return x + 19326
def f19327(x):
    return x + 19327
def f19328(x):
    return x + 19328
def f19329(x):
    return x + 19329
def f19330(x):
    return x + 19330
def f19331(x):
    return x + 19331
def f19332(x):
    return x + 19332
def f19333(x):
    return x + 19333
def f19334(x):
    return x + 19334
def f19335(x):
    return x + 19335
def f19336(x):
    return x + 19336
def f19337(x):
    return x + 19337
def f19338(x):
    return x + 19338
def f19339(x):
    return x + 19339
def f19340(x):
    return x + 19340
def f19341(x):
    return x + 19341
def f19342(x):
    return x + 19342
def f19343(x):
    return x + 19343
def f19344(x):
    return x + 19344
def f19345(x):
    return x + 19345
def f19346(x):
    return x + 19346
def f19347(x):
    return x + 19347
def f19348(x):
    return x + 19348
def f19349(x):
    return x + 19349
def f19350(x):
    return x + 19350
def f19351(x):
    return x + 19351
def f19352(x):
    return x + 19352
def f19353(x):
    return x + 19353
def f19354(x):
    return x + 19354
def f19355(x):
    return x + 19355
def f19356(x):
    return x + 19356
def f19357(x):
    return x + 19357
def f19358(x):
    return x + 19358
def f19359(x):
    return x + 19359
def f19360(x):
    return x + 19360
def f19361(x):
    return x + 19361
def f19362(x):
    return x + 19362
def f19363(x):
    return x + 19363
def f19364(x):
    return x + 19364
def f19365(x):
    return x + 19365
def f19366(x):
    return x + 19366
def f19367(x):
    return x + 19367
def f19368(x):
    return x + 19368
def f19369(x):
    return x + 19369
def f19370(x):
    return x + 19370
def f19371(x):
    return x + 19371
def f19372(x):
    return x + 19372
def f19373(x):
    return x + 19373
def f19374(x):
    return x + 19374
def f19375(x):
    return x + 19375
def f19376(x):
    return x + 19376
def f19377(x):
    return x + 19377
def f19378(x):
    return x + 19378
def f19379(x):
    return x + 19379
def f19380(x):
    return x + 19380
def f19381(x):
    return x + 19381
def f19382(x):
    return x + 19382
def f19383(x):
    return x + 19383
def f19384(x):
    return x + 19384
def f19385(x):
    return x + 19385
def f19386(x):
    return x + 19386
def f19387(x):
    return x + 19387
def f19388(x):
    return x + 19388
def f19389(x):
    return x + 19389
def f19390(x):
    return x + 19390
def f19391(x):
    return x + 19391
def f19392(x):
    return x + 19392
def f19393(x):
    return x + 19393
def f19394(x):
    return x + 19394
def f19395(x):
    return x + 19395
def f19396(x):
    return x + 19396
def f19397(x):
    return x + 19397
def f19398(x):
    return x + 19398
def f19399(x):
    return x + 19399
def f19400(x):
    return x + 19400
def f19401(x):
    return x + 19401
def f19402(x):
    return x + 19402
def f19403(x):
    return x + 19403
def f19404(x):
    return x + 19404
def f19405(x):
    return x + 19405
def f19406(x):
    return x + 19406
def f19407(x):
    return x + 19407
def f19408(x):
    return x + 19408
def f19409(x):
    return x + 19409
def f19410(x):
    return x + 19410
def f19411(x):
    return x + 19411
def f19412(x):
    return x + 19412
def f19413(x):
    return x + 19413
def f19414(x):
    return x + 19414
def f19415(x):
    return x + 19415
def f19416(x):
    return x + 19416
def f19417(x):
    return x + 19417
def f19418(x):
    return x + 19418
def f19419(x):
    return x + 19419
def f19420(x):
    return x + 19420
def f19421(x):
    return x + 19421
def f19422(x):
    return x + 19422
def f19423(x):
    return x + 19423
def f19424(x):
    return x + 19424
def f19425(x):
    return x + 19425
def f19426(x):
    return x + 19426
def f19427(x):
    return x + 19427
def f19428(x):
    return x + 19428
def f19429(x):
    return x + 19429
def f19430(x):
    return x + 19430
def f19431(x):
    return x + 19431
def f19432(x):
    return x + 19432
def f19433(x):
    return x + 19433
def f19434(x):
    return x + 19434
def f19435(x):
    return x + 19435
def f19436(x):
    return x + 19436
def f19437(x):
    return x + 19437
def f19438(x):
    return x + 19438
def f19439(x):
    return x + 19439
def f19440(x):
    return x + 19440
def f19441(x):
    return x + 19441
def f19442(x):
    return x + 19442
def f19443(x):
    return x + 19443
def f19444(x):
    return x + 19444
def f19445(x):
    return x + 19445
def f19446(x):
    return x + 19446
def f19447(x):
    return x + 19447
def f19448(x):
    return x + 19448
def f19449(x):
    return x + 19449
def f19450(x):
    return x + 19450
def f19451(x):
    return x + 19451
def f19452(x):
    return x + 19452
def f19453(x):
    return x + 19453
def f19454(x):
    return x + 19454
def f19455(x):
    return x + 19455
def f19456(x):
    return x + 19456
def f19457(x):
    return x + 19457
def f19458(x):
    return x + 19458
def f19459(x):
    return x + 19459
def f19460(x):
    return x + 19460
def f19461(x):
    return x + 19461
def f19462(x):
    return x + 19462
def f19463(x):
    return x + 19463
def f19464(x):
    return x + 19464
def f19465(x):
    return x + 19465
def f19466(x):
    return x + 19466
def f19467(x):
    return x + 19467
def f19468(x):
    return x + 19468
def f19469(x):
    return x + 19469
def f19470(x):
    return x + 19470
def f19471(x):
    return x + 19471
def f19472(x):
    return x + 19472
def f19473(x):
    return x + 19473
def f19474(x):
    return x + 19474
def f19475(x):
    return x + 19475
def f19476(x):
    return x + 19476
def f19477(x):
    return x + 19477
def f19478(x):
    return x + 19478
def f19479(x):
    return x + 19479
def f19480(x):
    return x + 19480
def f19481(x):
    return x + 19481
def f19482(x):
    return x + 19482
def f19483(x):
    return x + 19483
def f19484(x):
    return x + 19484
def f19485(x):
    return x + 19485
def f19486(x):
    return x + 19486
def f19487(x):
    return x + 19487
def f19488(x):
    return x + 19488
def f19489(x):
    return x + 19489
def f19490(x):
    return x + 19490
def f19491(x):
    return x + 19491
def f19492(x):
    return x + 19492
def f19493(x):
    return x + 19493
def f19494(x):
    return x + 19494
def f19495(x):
    return x + 19495
def f19496(x):
    return x + 19496
def f19497(x):
    return x + 19497
def f19498(x):
    return x + 19498
def f19499(x):
    return x + 19499
def f19500(x):
    return x + 19500
def f19501(x):
    return x + 19501
def f19502(x):
    return x + 19502
def f19503(x):
    return x + 19503
def f19504(x):
    return x + 19504
def f19505(x):
    return x + 19505
def f19506(x):
    return x + 19506
def f19507(x):
    return x + 19507
def f19508(x):
    return x + 19508
def f19509(x):
    return x + 19509
def f19510(x):
    return x + 19510
def f19511(x):
    return x + 19511
def f19512(x):
    return x + 19512
def f19513(x):
    return x + 19513
def f19514(x):
    return x + 19514
def f19515(x):
    return x + 19515
def f19516(x):
    return x + 19516
def f19517(x):
    return x + 19517
def f19518(x):
    return x + 19518
def f19519(x):
    return x + 19519
def f19520(x):
    return x + 19520
def f19521(x):
    return x + 19521
def f19522(x):
    return x + 19522
def f19523(x):
    return x + 19523
def f19524(x):
    return x + 19524
def f19525(x):
    return x + 19525
def f19526(x):
    return x + 19526
def f19527(x):
    return x + 19527
def f19528(x):
    return x + 19528
def f19529(x):
    return x + 19529
def f19530(x):
    return x + 19530
def f19531(x):
    return x + 19531
def f19532(x):
    return x + 19532
def f19533(x):
    return x + 19533
def f19534(x):
    return x + 19534
def f19535(x):
    return x + 19535
def f19536(x):
    return x + 19536
def f19537(x):
    return x + 19537
def f19538(x):
    return x + 19538
def f19539(x):
    return x + 19539
def f19540(x):
    return x + 19540
def f19541(x):
    return x + 19541
def f19542(x):
    return x + 19542
def f19543(x):
    return x + 19543
def f19544(x):
    return x + 19544
def f19545(x):
    return x + 19545
def f19546(x):
    return x + 19546
def f19547(x):
    return x + 19547
def f19548(x):
    return x + 19548
def f19549(x):
    return x + 19549
def f19550(x):
    return x + 19550
def f19551(x):
    return x + 19551
def f19552(x):
    return x + 19552
def f19553(x):
    return x + 19553
def f19554(x):
    return x + 19554
def f19555(x):
    return x + 19555
def f19556(x):
    return x + 19556
def f19557(x):
    return x + 19557
def f19558(x):
    return x + 19558
def f19559(x):
    return x + 19559
def f19560(x):
    return x + 19560
def f19561(x):
    return x + 19561
def f19562(x):
    return x + 19562
def f19563(x):
    return x + 19563
def f19564(x):
    return x + 19564
def f19565(x):
    return x + 19565
def f19566(x):
    return x + 19566
def f19567(x):
    return x + 19567
def f19568(x):
    return x + 19568
def f19569(x):
    return x + 19569
def f19570(x):
    return x + 19570
def f19571(x):
    return x + 19571
def f19572(x):
    return x + 19572
def f19573(x):
    return x + 19573
def f19574(x):
    return x + 19574
def f19575(x):
    return x + 19575
def f19576(x):
    return x + 19576
def f19577(x):
    return x + 19577
def f19578(x):
    return x + 19578
def f19579(x):
    return x + 19579
def f19580(x):
    return x + 19580
def f19581(x):
    return x + 19581
def f19582(x):
    return x + 19582
def f19583(x):
    return x + 19583
def f19584(x):
    return x + 19584
def f19585(x):
    return x + 19585
def f19586(x):
    return x + 19586
def f19587(x):
    return x + 19587
def f19588(x):
    return x + 19588
def f19589(x):
    return x + 19589
def f19590(x):
    return x + 19590
def f19591(x):
    return x + 19591
def f19592(x):
    return x + 19592
def f19593(x):
    return x + 19593
def f19594(x):
    return x + 19594
def f19595(x):
    return x + 19595
def f19596(x):
    return x + 19596
def f19597(x):
    return x + 19597
def f19598(x):
    return x + 19598
def f19599(x):
    return x + 19599
def f19600(x):
    return x + 19600
def f19601(x):
    return x + 19601
def f19602(x):
    return x + 19602
def f19603(x):
    return x + 19603
def f19604(x):
    return x + 19604
def f19605(x):
    return x + 19605
def f19606(x):
    return x + 19606
def f19607(x):
    return x + 19607
def f19608(x):
    return x + 19608
def f19609(x):
    return x + 19609
def f19610(x):
    return x + 19610
def f19611(x):
    return x + 19611
def f19612(x):
    return x + 19612
def f19613(x):
    return x + 19613
def f19614(x):
    return x + 19614
def f19615(x):
    return x + 19615
def f19616(x):
    return x + 19616
def f19617(x):
    return x + 19617
def f19618(x):
    return x + 19618
def f19619(x):
    return x + 19619
def f19620(x):
    return x + 19620
def f19621(x):
    return x + 19621
def f19622(x):
    return x + 19622
def f19623(x):
    return x + 19623
def f19624(x):
    return x + 19624
def f19625(x):
    return x + 19625
def f19626(x):
    return x + 19626
def f19627(x):
    return x + 19627
def f19628(x):
    return x + 19628
def f19629(x):
    return x + 19629
def f19630(x):
    return x + 19630
def f19631(x):
    return x + 19631
def f19632(x):
    return x + 19632
def f19633(x):
    return x + 19633
def f19634(x):
    return x + 19634
def f19635(x):
    return x + 19635
def f19636(x):
    return x + 19636
def f19637(x):
    return x + 19637
def f19638(x):
    return x + 19638
def f19639(x):
    return x + 19639
def f19640(x):
    return x + 19640
def f19641(x):
    return x + 19641
def f19642(x):
    return x + 19642
def f19643(x):
    return x + 19643
def f19644(x):
    return x + 19644
def f19645(x):
    return x + 19645
def f19646(x):
    return x + 19646
def f19647(x):
    return x + 19647
def f19648(x):
    return x + 19648
def f19649(x):
    return x + 19649
def f19650(x):
    return x + 19650
def f19651(x):
    return x + 19651
def f19652(x):
    return x + 19652
def f19653(x):
    return x + 19653
def f19654(x):
    return x + 19654
def f19655(x):
    return x + 19655
def f19656(x):
    return x + 19656
def f19657(x):
    return x + 19657
def f19658(x):
    return x + 19658
def f19659(x):
    return x + 19659
def f19660(x):
    return x + 19660
def f19661(x):
    return x + 19661
def f19662(x):
    return x + 19662
def f19663(x):
    return x + 19663
def f19664(x):
    return x + 19664
def f19665(x):
    return x + 19665
def f19666(x):
    return x + 19666
def f19667(x):
    return x + 19667
def f19668(x):
    return x + 19668
def f19669(x):
    return x + 19669
def f19670(x):
    return x + 19670
def f19671(x):
    return x + 19671
def f19672(x):
    return x + 19672
def f19673(x):
    return x + 19673
def f19674(x):
    return x + 19674
def f19675(x):
    return x + 19675
def f19676(x):
    return x + 19676
def f19677(x):
    return x + 19677
def f19678(x):
    return x + 19678
def f19679(x):
    return x + 19679
def f19680(x):
    return x + 19680
def f19681(x):
    return x + 19681
def f19682(x):
    return x + 19682
def f19683(x):
    return x + 19683
def f19684(x):
    return x + 19684
def f19685(x):
    return x + 19685
def f19686(x):
    return x + 19686
def f19687(x):
    return x + 19687
def f19688(x):
    return x + 19688
def f19689(x):
    return x + 19689
def f19690(x):
    return x + 19690
def f19691(x):
    return x + 19691
def f19692(x):
    return x + 19692
def f19693(x):
    return x + 19693
def f19694(x):
    return x + 19694
def f19695(x):
    return x + 19695
def f19696(x):
    return x + 19696
def f19697(x):
    return x + 19697
def f19698(x):
    return x + 19698
def f19699(x):
    return x + 19699
def f19700(x):
    return x + 19700
def f19701(x):
    return x + 19701
def f19702(x):
    return x + 19702
def f19703(x):
    return x + 19703
def f19704(x):
    return x + 19704
def f19705(x):
    return x + 19705
def f19706(x):
    return x + 19706
def f19707(x):
    return x + 19707
def f19708(x):
    return x + 19708
def f19709(x):
    return x + 19709
def f19710(x):
    return x + 19710
def f19711(x):
    return x + 19711
def f19712(x):
    return x + 19712
def f19713(x):
    return x + 19713
def f19714(x):
    return x + 19714
def f19715(x):
    return x + 19715
def f19716(x):
    return x + 19716
def f19717(x):
    return x + 19717
def f19718(x):
    return x + 19718
def f19719(x):
    return x + 19719
def f19720(x):
    return x + 19720
def f19721(x):
    return x + 19721
def f19722(x):
    return x + 19722
def f19723(x):
    return x + 19723
def f19724(x):
    return x + 19724
def f19725(x):
    return x + 19725
def f19726(x):
    return x + 19726
def f19727(x):
    return x + 19727
def f19728(x):
    return x + 19728
def f19729(x):
    return x + 19729
def f19730(x):
    return x + 19730
def f19731(x):
    return x + 19731
def f19732(x):
    return x + 19732
def f19733(x):
    return x + 19733
def f19734(x):
    return x + 19734
def f19735(x):
    return x + 19735
def f19736(x):
    return x + 19736
def f19737(x):
    return x + 19737
def f19738(x):
    return x + 19738
def f19739(x):
    return x + 19739
def f19740(x):
    return x + 19740
def f19741(x):
    return x + 19741
def f19742(x):
    return x + 19742
def f19743(x):
    return x + 19743
def f19744(x):
    return x + 19744
def f19745(x):
    return x + 19745
def f19746(x):
    return x + 19746
def f19747(x):
    return x + 19747
def f19748(x):
    return x + 19748
def f19749(x):
    return x + 19749
def f19750(x):
    return x + 19750
def f19751(x):
    return x + 19751
def f19752(x):
    return x + 19752
def f19753(x):
    return x + 19753
def f19754(x):
    return x + 19754
def f19755(x):
    return x + 19755
def f19756(x):
    return x + 19756
def f19757(x):
    return x + 19757
def f19758(x):
    return x + 19758
def f19759(x):
    return x + 19759
def f19760(x):
    return x + 19760
def f19761(x):
    return x + 19761
def f19762(x):
    return x + 19762
def f19763(x):
    return x + 19763
def f19764(x):
    return x + 19764
def f19765(x):
    return x + 19765
def f19766(x):
    return x + 19766
def f19767(x):
    return x + 19767
def f19768(x):
    return x + 19768
def f19769(x):
    return x + 19769
def f19770(x):
    return x + 19770
def f19771(x):
    return x + 19771
def f19772(x):
    return x + 19772
def f19773(x):
    return x + 19773
def f19774(x):
    return x + 19774
def f19775(x):
    return x + 19775
def f19776(x):
    return x + 19776
def f19777(x):
    return x + 19777
def f19778(x):
    return x + 19778
def f19779(x):
    return x + 19779
def f19780(x):
    return x + 19780
def f19781(x):
    return x + 19781
def f19782(x):
    return x + 19782
def f19783(x):
    return x + 19783
def f19784(x):
    return x + 19784
def f19785(x):
    return x + 19785
def f19786(x):
    return x + 19786
def f19787(x):
    return x + 19787
def f19788(x):
    return x + 19788
def f19789(x):
    return x + 19789
def f19790(x):
    return x + 19790
def f19791(x):
    return x + 19791
def f19792(x):
    return x + 19792
def f19793(x):
    return x + 19793
def f19794(x):
    return x + 19794
def f19795(x):
    return x + 19795
def f19796(x):
    return x + 19796
def f19797(x):
    return x + 19797
def f19798(x):
    return x + 19798
def f19799(x):
    return x + 19799
def f19800(x):
    return x + 19800
def f19801(x):
    return x + 19801
def f19802(x):
    return x + 19802
def f19803(x):
    return x + 19803
def f19804(x):
    return x + 19804
def f19805(x):
    return x + 19805
def f19806(x):
    return x + 19806
def f19807(x):
    return x + 19807
def f19808(x):
    return x + 19808
def f19809(x):
    return x + 19809
def f19810(x):
    return x + 19810
def f19811(x):
    return x + 19811
def f19812(x):
    return x + 19812
def f19813(x):
    return x + 19813
def f19814(x):
    return x + 19814
def f19815(x):
    return x + 19815
def f19816(x):
    return x + 19816
def f19817(x):
    return x + 19817
def f19818(x):
    return x + 19818
def f19819(x):
    return x + 19819
def f19820(x):
    return x + 19820
def f19821(x):
    return x + 19821
def f19822(x):
    return x + 19822
def f19823(x):
    return x + 19823
def f19824(x):
    return x + 19824
def f19825(x):
    return x + 19825
def f19826(x):
    return x + 19826
def f19827(x):
    return x + 19827
def f19828(x):
    return x + 19828
def f19829(x):
    return x + 19829
def f19830(x):
    return x + 19830
def f19831(x):
    return x + 19831
def f19832(x):
    return x + 19832
def f19833(x):
    return x + 19833
def f19834(x):
    return x + 19834
def f19835(x):
    return x + 19835
def f19836(x):
    return x + 19836
def f19837(x):
    return x + 19837
def f19838(x):
    return x + 19838
def f19839(x):
    return x + 19839
def f19840(x):
    return x + 19840
def f19841(x):
    return x + 19841
def f19842(x):
    return x + 19842
def f19843(x):
    return x + 19843
def f19844(x):
    return x + 19844
def f19845(x):
    return x + 19845
def f19846(x):
    return x + 19846
def f19847(x):
    return x + 19847
def f19848(x):
    return x + 19848
def f19849(x):
    return x + 19849
def f19850(x):
    return x + 19850
def f19851(x):
    return x + 19851
def f19852(x):
    return x + 19852
def f19853(x):
    return x + 19853
def f19854(x):
    return x + 19854
def f19855(x):
    return x + 19855
def f19856(x):
    return x + 19856
def f19857(x):
    return x + 19857
def f19858(x):
    return x + 19858
def f19859(x):
    return x + 19859
def f19860(x):
    return x + 19860
def f19861(x):
    return x + 19861
def f19862(x):
    return x + 19862
def f19863(x):
    return x + 19863
def f19864(x):
    return x + 19864
def f19865(x):
    return x + 19865
def f19866(x):
    return x + 19866
def f19867(x):
    return x + 19867
def f19868(x):
    return x + 19868
def f19869(x):
    return x + 19869
def f19870(x):
    return x + 19870
def f19871(x):
    return x + 19871
def f19872(x):
    return x + 19872
def f19873(x):
    return x + 19873
def f19874(x):
    return x + 19874
def f19875(x):
    return x + 19875
def f19876(x):
    return x + 19876
def f19877(x):
    return x + 19877
def f19878(x):
    return x + 19878
def f19879(x):
    return x + 19879
def f19880(x):
    return x + 19880
def f19881(x):
    return x + 19881
def f19882(x):
    return x + 19882
def f19883(x):
    return x + 19883
def f19884(x):
    return x + 19884
def f19885(x):
    return x + 19885
def f19886(x):
    return x + 19886
def f19887(x):
    return x + 19887
def f19888(x):
    return x + 19888
def f19889(x):
    return x + 19889
def f19890(x):
    return x + 19890
def f19891(x):
    return x + 19891
def f19892(x):
    return x + 19892
def f19893(x):
    return x + 19893
def f19894(x):
    return x + 19894
def f19895(x):
    return x + 19895
def f19896(x):
    return x + 19896
def f19897(x):
    return x + 19897
def f19898(x):
    return x + 19898
def f19899(x):
    return x + 19899
def f19900(x):
    return x + 19900
def f19901(x):
    return x + 19901
def f19902(x):
    return x + 19902
def f19903(x):
    return x + 19903
def f19904(x):
    return x + 19904
def f19905(x):
    return x + 19905
def f19906(x):
    return x + 19906
def f19907(x):
    return x + 19907
def f19908(x):
    return x + 19908
def f19909(x):
    return x + 19909
def f19910(x):
    return x + 19910
def f19911(x):
    return x + 19911
def f19912(x):
    return x + 19912
def f19913(x):
    return x + 19913
def f19914(x):
    return x + 19914
def f19915(x):
    return x + 19915
def f19916(x):
    return x + 19916
def f19917(x):
    return x + 19917
def f19918(x):
    return x + 19918
def f19919(x):
    return x + 19919
def f19920(x):
    return x + 19920
def f19921(x):
    return x + 19921
def f19922(x):
    return x + 19922
def f19923(x):
    return x + 19923
def f19924(x):
    return x + 19924
def f19925(x):
    return x + 19925
def f19926(x):
    return x + 19926
def f19927(x):
    return x + 19927
def f19928(x):
    return x + 19928
def f19929(x):
    return x + 19929
def f19930(x):
    return x + 19930
def f19931(x):
    return x + 19931
def f19932(x):
    return x + 19932
def f19933(x):
    return x + 19933
def f19934(x):
    return x + 19934
def f19935(x):
    return x + 19935
def f19936(x):
    return x + 19936
def f19937(x):
    return x + 19937
def f19938(x):
    return x + 19938
def f19939(x):
    return x + 19939
def f19940(x):
    return x + 19940
def f19941(x):
    return x + 19941
def f19942(x):
    return x + 19942
def f19943(x):
    return x + 19943
def f19944(x):
    return x + 19944
def f19945(x):
    return x + 19945
def f19946(x):
    return x + 19946
def f19947(x):
    return x + 19947
def f19948(x):
    return x + 19948
def f19949(x):
    return x + 19949
def f19950(x):
    return x + 19950
def f19951(x):
    return x + 19951
def f19952(x):
    return x + 19952
def f19953(x):
    return x + 19953
def f19954(x):
    return x + 19954
def f19955(x):
    return x + 19955
def f19956(x):
    return x + 19956
def f19957(x):
    return x + 19957
def f19958(x):
    return x + 19958
def f19959(x):
    return x + 19959
def f19960(x):
    return x + 19960
def f19961(x):
    return x + 19961
def f19962(x):
    return x + 19962
def f19963(x):
    return x + 19963
def f19964(x):
    return x + 19964
def f19965(x):
    return x + 19965
def f19966(x):
    return x + 19966
def f19967(x):
    return x + 19967
def f19968(x):
    return x + 19968
def f19969(x):
    return x + 19969
def f19970(x):
    return x + 19970
def f19971(x):
    return x + 19971
def f19972(x):
    return x + 19972
def f19973(x):
    return x + 19973
def f19974(x):
    return x + 19974
def f19975(x):
    return x + 19975
def f19976(x):
    return x + 19976
def f19977(x):
    return x + 19977
def f19978(x):
    return x + 19978
def f19979(x):
    return x + 19979
def f19980(x):
    return x + 19980
def f19981(x):
    return x + 19981
def f19982(x):
    return x + 19982
def f19983(x):
    return x + 19983
def f19984(x):
    return x + 19984
def f19985(x):
    return x + 19985
def f19986(x):
    return x + 19986
def f19987(x):
    return x + 19987
def f19988(x):
    return x + 19988
def f19989(x):
    return x + 19989
def f19990(x):
    return x + 19990
def f19991(x):
    return x + 19991
def f19992(x):
    return x + 19992
def f19993(x):
    return x + 19993
def f19994(x):
    return x + 19994
def f19995(x):
    return x + 19995
def f19996(x):
    return x + 19996
def f19997(x):
    return x + 19997
def f19998(x):
    return x + 19998
def f19999(x):
    return x + 19999
m.add(keras.layers.Dense(4))
